package org.hillmix.server.labelsets;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stored label set, as {@code GET /api/v1/labelsets} lists it.
 *
 * @param id the SHA-256 of the uploaded bytes (64 lower-case hex digits); jobs name it as
 *        {@code {"kind": "server", "id": ...}} in {@code labels}
 * @param name the file name the client gave ({@code ?name=}), for display only
 * @param format the format's name, e.g. {@code journal}
 * @param labelKind the job-config label kind it is read as
 * @param bytes the file's size
 * @param records lines, answers or rows read when it was validated
 * @param createdAt upload time (ISO-8601)
 * @param lastUsedAt last upload of the same bytes or job submission naming it (ISO-8601); retention counts from here
 * @param spec the job-config {@code labels} entry it stands for (absolute paths; not sent to clients)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabelSetInfo(String id, String name, String format, String labelKind, long bytes, long records,
        String createdAt, String lastUsedAt, @JsonIgnore Map<String, String> spec) {
}
