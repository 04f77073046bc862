package org.hillmix.core.protocol;

import java.util.Locale;

/** The elicitation protocols HILLmix supports, each with a stable identifier used in files. */
public enum Protocol {
    /** CIFAR-10S categorical soft label: most/second most probable class with probabilities, impossible classes. */
    CATEGORICAL("categorical"),
    /** H-Mix "infer mixing factor": perceived mixing factor (0-100 slider) with confidence (0-100). */
    MIXING_FACTOR("mixing-factor"),
    /** H-Mix "construct": the annotator steps lambda until the image looks 50/50. */
    CONSTRUCT_MIDPOINT("construct-midpoint"),
    /** H-Mix "select shuffled": the annotator picks the 50/50 image among the 11 of a series. */
    SELECT_SHUFFLED("select-shuffled"),
    /** A free distribution over all classes (one weight per class). */
    FREE_DISTRIBUTION("free-distribution");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    /** Stable identifier used in journals and exports, e.g. {@code "mixing-factor"}. */
    public String id() {
        return id;
    }

    /**
     * Parses an identifier as written by {@link #id()}.
     *
     * @throws IllegalArgumentException listing the known identifiers
     */
    public static Protocol fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Protocol p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Protocol p : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(p.id);
        }
        throw new IllegalArgumentException("unknown protocol '" + id + "'; expected one of " + known);
    }
}
