package org.hillmix.core.labels;

import java.util.Locale;

/**
 * Where a CIFAR-10S soft label puts the probability mass the annotator did not assign
 * (see {@link CategoricalSoftLabeler} for the formulas).
 */
public enum Redistribution {
    /** Over the classes the annotator left possible (not marked impossible) and gave no mass. */
    CLAMP("clamp"),
    /** Over every class with no mass, impossible ones included. */
    UNIFORM("uniform"),
    /** Nowhere: the given probabilities are only renormalised. */
    NONE("none"),
    /**
     * The rule the published H-Mix per-annotator categorical labels were built with (Collins et
     * al., UAI 2023): like clamp over the possible classes without mass, but a complete answer is
     * not damped and an over-complete one loses {@code gamma/|S|} per chosen class (see
     * {@link CategoricalSoftLabeler}). Only with top-2; the scheme is named {@code hmix-published}.
     */
    HMIX_PUBLISHED("hmix-published");

    private final String id;

    Redistribution(String id) {
        this.id = id;
    }

    /** Identifier used in scheme names, e.g. {@code "clamp"}. */
    public String id() {
        return id;
    }

    /**
     * Parses an identifier as written by {@link #id()}.
     *
     * @throws IllegalArgumentException listing the known identifiers
     */
    public static Redistribution fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Redistribution r : values()) {
            if (r.id.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown redistribution '" + id + "'; expected clamp, uniform, none or hmix-published");
    }
}
