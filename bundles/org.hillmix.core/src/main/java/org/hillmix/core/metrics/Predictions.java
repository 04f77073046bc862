package org.hillmix.core.metrics;

import java.util.Objects;

/**
 * A validated set of predictions: probabilities for {@code n} examples over {@code k} classes
 * (stored flat, row-major: example {@code i}, class {@code c} at {@code i * k + c}), the hard
 * labels, and optionally human soft targets of the same shape.
 *
 * <p>Validation (at construction): {@code k >= 2}; shapes agree; every probability and target is
 * finite and {@code >= 0}; every row sums to 1 within {@link #ROW_SUM_TOLERANCE}; every label is in
 * {@code 0..k-1}. Rows are used exactly as given (never renormalised), so a metric can be off by
 * at most about the tolerance. Violations throw {@link IllegalArgumentException} naming the array,
 * row and value.
 *
 * <p>The flat factory wraps the caller's arrays without copying (1,000,000 x 10 doubles are 80 MB);
 * callers must not modify them afterwards. The {@code double[][]} factory copies.
 */
public final class Predictions {

    /** How far a probability or target row may sum from 1. */
    public static final double ROW_SUM_TOLERANCE = 1e-6;

    private final double[] probabilities;
    private final int classes;
    private final int rows;
    private final int[] labels;
    private final double[] targets;

    private Predictions(double[] probabilities, int classes, int[] labels, double[] targets) {
        this.probabilities = probabilities;
        this.classes = classes;
        this.rows = labels.length;
        this.labels = labels;
        this.targets = targets;
        for (int i = 0; i < rows; i++) {
            Validation.probabilityRow("probabilities", probabilities, i * classes, classes, i);
            Validation.label(labels[i], classes, i);
            if (targets != null) {
                Validation.probabilityRow("targets", targets, i * classes, classes, i);
            }
        }
    }

    /**
     * Wraps flat row-major arrays (not copied).
     *
     * @param probabilities {@code n * classes} predicted probabilities
     * @param classes number of classes {@code k >= 2}
     * @param labels {@code n} hard labels in {@code 0..k-1}
     * @param targets {@code n * classes} human soft targets, or {@code null}
     * @throws IllegalArgumentException when shapes or values are invalid (see class comment)
     */
    public static Predictions ofFlat(double[] probabilities, int classes, int[] labels, double[] targets) {
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(labels, "labels");
        Validation.classes(classes);
        if (probabilities.length % classes != 0) {
            throw new IllegalArgumentException("probabilities has " + probabilities.length + " values, which is not a"
                    + " multiple of " + classes + " classes");
        }
        Validation.sameRows("probabilities", probabilities.length / classes, "labels", labels.length);
        if (targets != null) {
            Validation.flatShape("targets", targets, labels.length, classes);
        }
        return new Predictions(probabilities, classes, labels, targets);
    }

    /**
     * Copies {@code probabilities[n][k]} (and {@code targets[n][k]}) into flat arrays.
     *
     * @param targets human soft targets, or {@code null}
     * @throws IllegalArgumentException when shapes or values are invalid (see class comment)
     */
    public static Predictions of(double[][] probabilities, int[] labels, double[][] targets) {
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(labels, "labels");
        Validation.sameRows("probabilities", probabilities.length, "labels", labels.length);
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("probabilities has no rows; the number of classes is unknown"
                    + " (use ofFlat for an empty set)");
        }
        int k = Validation.rectangular("probabilities", probabilities, probabilities[0] == null ? 0
                : probabilities[0].length);
        Validation.classes(k);
        if (targets != null) {
            Validation.sameRows("targets", targets.length, "labels", labels.length);
            Validation.rectangular("targets", targets, k);
        }
        return new Predictions(flatten(probabilities, k), k, labels.clone(),
                targets == null ? null : flatten(targets, k));
    }

    /**
     * Divides each row of a flat row-major matrix by its sum, in place: for probabilities stored in
     * float32, whose rows can miss 1 by more than {@link #ROW_SUM_TOLERANCE} through rounding alone.
     * Rows must already sum to 1 within {@code maxDeviation}, so that this never hides real errors.
     *
     * @param what the array's name for messages, e.g. "probabilities"
     * @throws IllegalArgumentException when a value is negative or not finite, or a row sum deviates
     *         from 1 by more than {@code maxDeviation}
     */
    public static void renormaliseRows(String what, double[] flat, int classes, double maxDeviation) {
        Validation.classes(classes);
        if (flat.length % classes != 0) {
            throw new IllegalArgumentException(what + " has " + flat.length + " values, which is not a multiple of "
                    + classes + " classes");
        }
        for (int off = 0, row = 0; off < flat.length; off += classes, row++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                double v = flat[off + c];
                if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException(what + " row " + row + ", class " + c + " is " + v
                            + "; probabilities must be finite and >= 0");
                }
                sum += v;
            }
            if (!(Math.abs(sum - 1) <= maxDeviation)) {
                throw new IllegalArgumentException(what + " row " + row + " sums to " + sum + "; renormalising"
                        + " accepts rows within " + maxDeviation + " of 1 only");
            }
            for (int c = 0; c < classes; c++) {
                flat[off + c] /= sum;
            }
        }
    }

    static double[] flatten(double[][] rows, int k) {
        double[] flat = new double[Math.multiplyExact(rows.length, k)];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * k, k);
        }
        return flat;
    }

    /** Number of examples {@code n}. */
    public int rows() {
        return rows;
    }

    /** Number of classes {@code k}. */
    public int classes() {
        return classes;
    }

    /** Predicted probability of class {@code c} for example {@code i}. */
    public double probability(int i, int c) {
        return probabilities[i * classes + c];
    }

    /** Hard label of example {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Whether human soft targets are present. */
    public boolean hasTargets() {
        return targets != null;
    }

    /** Human target probability of class {@code c} for example {@code i}; only when {@link #hasTargets()}. */
    public double target(int i, int c) {
        if (targets == null) {
            throw new IllegalStateException("these predictions have no soft targets");
        }
        return targets[i * classes + c];
    }

    /** The backing flat probabilities (not a copy: do not modify). */
    double[] flatProbabilities() {
        return probabilities;
    }

    /** The backing labels (not a copy: do not modify). */
    int[] labelArray() {
        return labels;
    }

    /** The backing flat targets or {@code null} (not a copy: do not modify). */
    double[] flatTargets() {
        return targets;
    }
}
