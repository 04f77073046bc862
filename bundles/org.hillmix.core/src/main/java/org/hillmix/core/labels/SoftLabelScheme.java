package org.hillmix.core.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A CIFAR-10S soft-label scheme: which answered probabilities are used (top-1: the most probable
 * class only; top-2: also the second class) and how the remaining mass is redistributed, with the
 * redistribution factor gamma used by {@link Redistribution#CLAMP} when the answered mass is
 * already complete. The published CIFAR-10S labels are {@code top2-clamp} with gamma 0.1; the
 * published H-Mix per-annotator categorical labels are {@code hmix-published} with gamma 0.1
 * ({@link Redistribution#HMIX_PUBLISHED}, always top-2).
 *
 * @param top 1 or 2: how many of the answered classes carry their probability into the label
 * @param redistribution where the remaining mass goes
 * @param gamma redistribution factor in [0, 1]
 */
public record SoftLabelScheme(int top, Redistribution redistribution, double gamma) {

    /** The redistribution factor of the published labels and the paper's cross-validated choice. */
    public static final double DEFAULT_GAMMA = 0.1;

    /** The published CIFAR-10S scheme: top-2, clamp, gamma 0.1. */
    public static final SoftLabelScheme CIFAR10S_PUBLISHED = new SoftLabelScheme(2, Redistribution.CLAMP,
            DEFAULT_GAMMA);

    /** The published H-Mix categorical scheme: {@code hmix-published}, gamma 0.1. */
    public static final SoftLabelScheme HMIX_PUBLISHED = new SoftLabelScheme(2, Redistribution.HMIX_PUBLISHED,
            DEFAULT_GAMMA);

    /** Checks the arguments. */
    public SoftLabelScheme {
        if (top != 1 && top != 2) {
            throw new IllegalArgumentException("soft-label scheme top must be 1 or 2, got " + top);
        }
        Objects.requireNonNull(redistribution, "redistribution");
        if (redistribution == Redistribution.HMIX_PUBLISHED && top != 2) {
            throw new IllegalArgumentException("the hmix-published scheme uses both answered classes (top 2), got top "
                    + top);
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("redistribution factor gamma must be in [0, 1], got " + gamma);
        }
    }

    /** Identifier such as {@code "top2-clamp"} or {@code "hmix-published"} (gamma not included). */
    public String id() {
        return redistribution == Redistribution.HMIX_PUBLISHED ? redistribution.id()
                : "top" + top + "-" + redistribution.id();
    }

    /**
     * Parses {@code top1|top2} {@code -} {@code clamp|uniform|none}, or {@code hmix-published}.
     *
     * @throws IllegalArgumentException listing the seven schemes when {@code id} is not one
     */
    public static SoftLabelScheme parse(String id, double gamma) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (SoftLabelScheme s : all(gamma)) {
            if (s.id().equals(key)) {
                return s;
            }
        }
        List<String> ids = new ArrayList<>();
        for (SoftLabelScheme s : all(gamma)) {
            ids.add(s.id());
        }
        throw new IllegalArgumentException("unknown soft-label scheme '" + id + "'; expected one of " + ids);
    }

    /**
     * The seven schemes with factor {@code gamma}: the six CIFAR-10S ones (top-2 first, then top-1;
     * clamp, uniform, none), then {@code hmix-published}.
     */
    public static List<SoftLabelScheme> all(double gamma) {
        List<SoftLabelScheme> all = new ArrayList<>();
        for (int top : new int[] {2, 1}) {
            for (Redistribution r : List.of(Redistribution.CLAMP, Redistribution.UNIFORM, Redistribution.NONE)) {
                all.add(new SoftLabelScheme(top, r, gamma));
            }
        }
        all.add(new SoftLabelScheme(2, Redistribution.HMIX_PUBLISHED, gamma));
        return all;
    }

    @Override
    public String toString() {
        return id() + " (gamma " + gamma + ")";
    }
}
