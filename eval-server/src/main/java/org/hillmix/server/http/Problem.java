package org.hillmix.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param type a URN naming the kind of problem, {@code urn:hillmix:problem:<slug>} (listed in docs/server.md)
 * @param title a short summary that is the same for every occurrence of the type
 * @param status the HTTP status code
 * @param detail what went wrong this time and how to fix it; names the field when one is at fault
 * @param instance the request path the problem occurred on
 * @param extensions extra members, e.g. {@code field} (the JSON path of the offending field) or {@code errors}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Copies the extensions. */
    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extensions));
    }

    /** A problem of type {@code urn:hillmix:problem:<slug>} without extensions or instance. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem("urn:hillmix:problem:" + slug, title, status, detail, null, Map.of());
    }

    /** This problem with one more extension member. */
    public Problem with(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(extensions);
        m.put(name, value);
        return new Problem(type, title, status, detail, instance, m);
    }

    /** This problem located at {@code path}. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, extensions);
    }

    /** The extension members, serialised beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
