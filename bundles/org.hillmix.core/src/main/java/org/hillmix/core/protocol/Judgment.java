package org.hillmix.core.protocol;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One judgment: an annotator's answer about one item, with timing. Journals store judgments
 * append-only; nothing here is ever altered after it is recorded.
 *
 * @param annotator annotator identifier (e.g. a pseudonymous id)
 * @param item item identifier: a test index for CIFAR-10S, a stimulus file name for H-Mix, a class
 *     pair for midpoint tasks
 * @param answer the answer; its protocol is {@link #protocol()}
 * @param reactionTimeMs time from display to answer in milliseconds, or -1 when unknown
 * @param shownAt when the item was displayed, or {@code null} when unknown
 * @param answeredAt when the answer was given, or {@code null} when unknown
 * @param repeat whether this is a repeat (consistency) trial of an item the annotator saw before
 * @param attributes further source-specific fields kept verbatim for lossless round trips (e.g.
 *     {@code trueLambda}, {@code label1}, {@code task}), sorted by key
 */
public record Judgment(String annotator, String item, Answer answer, long reactionTimeMs, Instant shownAt,
        Instant answeredAt, boolean repeat, Map<String, String> attributes) {

    /** Checks required fields and copies the attributes. */
    public Judgment {
        requireText(annotator, "annotator");
        requireText(item, "item");
        Objects.requireNonNull(answer, "answer");
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** A judgment without timing information or attributes. */
    public static Judgment of(String annotator, String item, Answer answer) {
        return new Judgment(annotator, item, answer, -1, null, null, false, Map.of());
    }

    /** The protocol of the answer. */
    public Protocol protocol() {
        return answer.protocol();
    }

    /** The attribute {@code key}, or {@code null}. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("judgment " + field + " is missing");
        }
    }
}
