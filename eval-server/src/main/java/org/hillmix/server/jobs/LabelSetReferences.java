package org.hillmix.server.jobs;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The uploaded label sets that queued and running jobs refer to ({@code {"kind": "server", "id": ...}} entries of
 * their {@code labels}): those may be neither deleted nor removed by retention. Read from the stored
 * configurations, so jobs queued before a restart count as well.
 */
public final class LabelSetReferences {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JobStore store;

    /** References found in {@code store}. */
    public LabelSetReferences(JobStore store) {
        this.store = store;
    }

    /** The label-set ids that queued or running jobs need. */
    public Set<String> needed() throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (String c : activeConfigs()) {
            out.addAll(ids(c));
        }
        return out;
    }

    /** The ids of server data sets ({@code "dataset": {"kind": "server", "id": ...}}) queued or running jobs need. */
    public Set<String> neededDatasets() throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (String c : activeConfigs()) {
            try {
                JsonNode d = MAPPER.readTree(c).path("dataset");
                if ("server".equals(d.path("kind").asText()) && d.path("id").isTextual()) {
                    out.add(d.path("id").asText());
                }
            } catch (JsonProcessingException e) {
                // checked at submission; nothing to protect
            }
        }
        return out;
    }

    private List<String> activeConfigs() throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        for (JobState state : List.of(JobState.QUEUED, JobState.RUNNING)) {
            for (String id : store.ids(state)) {
                Optional<String> config = store.config(id);
                config.ifPresent(out::add);
            }
        }
        return out;
    }

    /** The label-set ids a configuration refers to; none when it is not JSON (it was checked at submission). */
    public static Set<String> ids(String configJson) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode labels;
        try {
            labels = MAPPER.readTree(configJson).path("labels");
        } catch (JsonProcessingException e) {
            return out;
        }
        for (JsonNode l : labels.isArray() ? labels : List.of(labels)) {
            if ("server".equals(l.path("kind").asText()) && l.path("id").isTextual()) {
                out.add(l.path("id").asText());
            }
        }
        return out;
    }
}
