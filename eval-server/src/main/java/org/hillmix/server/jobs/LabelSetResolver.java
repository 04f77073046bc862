package org.hillmix.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.labelsets.LabelSetInfo;
import org.hillmix.server.labelsets.LabelSetStore;

/**
 * Lets jobs name uploaded label sets: replaces every {@code labels} entry {@code {"kind": "server", "id": ...}} by
 * the label source its stored format is read as (e.g. {@code {"kind": "jsonl", "path": ...}} inside the label-set
 * folder) before the wrapped executor reads the job. The stored configuration keeps the references, so
 * the server's paths stay private and {@link LabelSetReferences} sees which label sets queued jobs need.
 *
 * <p>Checking a job counts as a use of its label sets ({@link LabelSetStore#use}): it keeps retention from removing
 * one soon after, and pins each until the queue has stored the job ({@link PreparedJob#submitted()}), so that a
 * {@code DELETE} running at the same moment is refused (409) rather than leaving a queued job without its labels.
 */
public final class LabelSetResolver implements JobExecutor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LabelSetStore labelSets;
    private final JobExecutor inner;

    /** Resolves from {@code labelSets}, then delegates to {@code inner}. */
    public LabelSetResolver(LabelSetStore labelSets, JobExecutor inner) {
        this.labelSets = labelSets;
        this.inner = inner;
    }

    @Override
    public PreparedJob prepare(String configJson) {
        // resolved when the job is read: at submission, and again from the stored text after a restart
        List<String> pinned = new ArrayList<>();
        boolean prepared = false;
        try {
            PreparedJob job = inner.prepare(resolve(configJson, pinned));
            prepared = true;
            return pinned.isEmpty() ? job : new Pinned(job, pinned);
        } finally {
            if (!prepared) {
                labelSets.release(pinned);
            }
        }
    }

    /** A prepared job holding pins on its label sets until the queue has stored it ({@link #submitted()}). */
    private final class Pinned implements PreparedJob {
        private final PreparedJob job;
        private List<String> pinned;

        Pinned(PreparedJob job, List<String> pinned) {
            this.job = job;
            this.pinned = pinned;
        }

        @Override
        public String name() {
            return job.name();
        }

        @Override
        public int runs() {
            return job.runs();
        }

        @Override
        public RenderedReport execute(JobProgressListener progress, ProgressMonitor monitor) throws Exception {
            return job.execute(progress, monitor);
        }

        @Override
        public synchronized void submitted() {
            if (pinned != null) {
                labelSets.release(pinned);
                pinned = null;
            }
            job.submitted();
        }
    }

    /**
     * {@code configJson} with its label-set references replaced; unchanged when it has none or is not JSON (the
     * wrapped executor reports that). Each label set found is {@link LabelSetStore#use used} (touched and pinned)
     * and its id added to {@code pinned}.
     *
     * @throws IllegalArgumentException naming the field ({@code labels[i].id}) of an unknown label set
     */
    private String resolve(String configJson, List<String> pinned) {
        JsonNode root;
        try {
            root = MAPPER.readTree(configJson);
        } catch (JsonProcessingException e) {
            return configJson;
        }
        if (!(root instanceof ObjectNode config)) {
            return configJson;
        }
        JsonNode labels = config.get("labels");
        boolean changed = false;
        if (labels instanceof ObjectNode one && isReference(one)) {
            config.set("labels", resolved(one, "labels", pinned));
            changed = true;
        } else if (labels instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof ObjectNode entry && isReference(entry)) {
                    list.set(i, resolved(entry, "labels[" + i + "]", pinned));
                    changed = true;
                }
            }
        }
        if (!changed) {
            return configJson;
        }
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isReference(ObjectNode entry) {
        return "server".equals(entry.path("kind").asText());
    }

    private ObjectNode resolved(ObjectNode entry, String field, List<String> pinned) {
        JsonNode idNode = entry.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw new IllegalArgumentException(field + ".id is required: the id of a label set uploaded with POST "
                    + "/api/v1/labelsets (the SHA-256 of its bytes)");
        }
        String id = idNode.asText();
        Optional<LabelSetInfo> info;
        try {
            info = labelSets.use(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the label-set folder", e);
        }
        if (info.isPresent()) {
            pinned.add(id);
        }
        if (info.isEmpty()) {
            throw new IllegalArgumentException(field + ".id '" + id + "' is not a label set on this server; list them "
                    + "with GET /api/v1/labelsets or upload one with POST /api/v1/labelsets");
        }
        ObjectNode spec = MAPPER.createObjectNode();
        for (Map.Entry<String, String> e : info.get().spec().entrySet()) {
            spec.put(e.getKey(), e.getValue());
        }
        return spec;
    }
}
