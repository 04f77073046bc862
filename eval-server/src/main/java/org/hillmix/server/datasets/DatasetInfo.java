package org.hillmix.server.datasets;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A data set the server can train on, as listed by {@code GET /api/v1/datasets}.
 *
 * @param id the id jobs use ({@code "dataset": {"kind": "server", "id": ...}})
 * @param name a display name (the upload's {@code name}, or the folder name)
 * @param origin {@code upload} (sent to the server) or {@code server} (placed in the data-set folder)
 * @param kind {@code image-folder}, {@code cifar-binary} or {@code idx}; null when the folder is not usable
 * @param classes class names (image folders), or null
 * @param files number of data files
 * @param bytes total size of the data files
 * @param createdAt upload time (ISO-8601) for uploads, null otherwise
 * @param problem why the folder is not usable, or null
 * @param spec the job-config {@code dataset} object this data set stands for (absolute paths; not sent to
 *        clients)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetInfo(String id, String name, String origin, String kind, List<String> classes, long files,
        long bytes, String createdAt, String problem, @JsonIgnore Map<String, String> spec) {

    /** Whether jobs can use it. */
    @JsonProperty("usable")
    public boolean usable() {
        return kind != null;
    }
}
