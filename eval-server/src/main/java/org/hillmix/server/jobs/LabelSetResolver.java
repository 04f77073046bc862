package org.hillmix.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * folder) before the wrapped executor checks or runs the job. The stored configuration keeps the references, so
 * the server's paths stay private and {@link LabelSetReferences} sees which label sets queued jobs need.
 *
 * <p>Checking a job counts as a use of its label sets ({@link LabelSetStore#touch}), which keeps retention from
 * removing one between submission and the moment the job is stored.
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
    public JobPlan plan(String configJson) {
        return inner.plan(resolve(configJson, true));
    }

    @Override
    public RenderedReport execute(String configJson, JobProgressListener progress, ProgressMonitor monitor)
            throws Exception {
        return inner.execute(resolve(configJson, false), progress, monitor);
    }

    /**
     * {@code configJson} with its label-set references replaced; unchanged when it has none or is not JSON (the
     * wrapped executor reports that).
     *
     * @throws IllegalArgumentException naming the field ({@code labels[i].id}) of an unknown label set
     */
    String resolve(String configJson, boolean use) {
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
            config.set("labels", resolved(one, "labels", use));
            changed = true;
        } else if (labels instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof ObjectNode entry && isReference(entry)) {
                    list.set(i, resolved(entry, "labels[" + i + "]", use));
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

    private ObjectNode resolved(ObjectNode entry, String field, boolean use) {
        JsonNode idNode = entry.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw new IllegalArgumentException(field + ".id is required: the id of a label set uploaded with POST "
                    + "/api/v1/labelsets (the SHA-256 of its bytes)");
        }
        String id = idNode.asText();
        Optional<LabelSetInfo> info;
        try {
            info = use ? labelSets.touch(id) : labelSets.find(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the label-set folder", e);
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
