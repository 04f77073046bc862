package org.hillmix.core.labels;

import java.util.Objects;

/**
 * A value a {@link CleaningPolicy} changed while importing: which row, what and why.
 *
 * @param source where the row is, e.g. {@code "raw_human_data.csv line 5874"}
 * @param item the item the answer is about
 * @param annotator the annotator who gave it
 * @param field the answer field changed, e.g. {@code "prob"}
 * @param original the value as found in the file
 * @param replacement the value used instead ({@code "ignored"} when the value is dropped)
 * @param reason why
 */
public record Alteration(String source, String item, String annotator, String field, String original,
        String replacement, String reason) {

    /** Checks that every component is present. */
    public Alteration {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for logs and summaries. */
    public String describe() {
        return source + " (item " + item + ", annotator " + annotator + "): " + field + " '" + original + "' -> "
                + replacement + ": " + reason;
    }
}
