package org.hillmix.core.metrics;

import java.util.Locale;

/**
 * Input checks shared by the metric classes. Every message names the array, the row (0-based)
 * and the offending value, and says how to fix it.
 */
final class Validation {

    private Validation() {
    }

    /**
     * Checks one probability row {@code a[off..off+k)}: every value finite and {@code >= 0}, and the
     * sum within {@link Predictions#ROW_SUM_TOLERANCE} of 1. Rows are used as given, never renormalised.
     *
     * @param what "probabilities" or "targets", for the message
     */
    static void probabilityRow(String what, double[] a, int off, int k, long row) {
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double v = a[off + c];
            if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s row %d, class %d is %s; probabilities must be finite and >= 0", what, row, c, v));
            }
            sum += v;
        }
        if (!(Math.abs(sum - 1) <= Predictions.ROW_SUM_TOLERANCE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s row %d sums to %.10g; each row must sum to 1 within %s (apply softmax, or divide the row"
                            + " by its sum)", what, row, sum, Predictions.ROW_SUM_TOLERANCE));
        }
    }

    /** Checks that {@code label} is a class index in {@code 0..k-1}. */
    static void label(int label, int k, long row) {
        if (label < 0 || label >= k) {
            throw new IllegalArgumentException("label of row " + row + " is " + label + "; labels must be class"
                    + " indices in 0.." + (k - 1) + " (" + k + " classes)");
        }
    }

    /** Checks that there are at least two classes. */
    static void classes(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + k);
        }
    }

    /** Checks a number of reliability bins. */
    static void bins(int bins) {
        if (bins < 1 || bins > Metrics.MAX_BINS) {
            throw new IllegalArgumentException("the number of bins must be between 1 and " + Metrics.MAX_BINS
                    + ", got " + bins);
        }
    }

    /**
     * Checks that every row of {@code rows} has {@code k} values.
     *
     * @return {@code k}
     */
    static int rectangular(String what, double[][] rows, int k) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException(what + " row " + i + " is null");
            }
            if (rows[i].length != k) {
                throw new IllegalArgumentException(what + " row " + i + " has " + rows[i].length
                        + " values; expected " + k + " (one per class)");
            }
        }
        return k;
    }

    /** Checks that a flat row-major array holds {@code rows x k} values. */
    static void flatShape(String what, double[] flat, int rows, int k) {
        if ((long) rows * k != flat.length) {
            throw new IllegalArgumentException(what + " has " + flat.length + " values; expected " + rows + " rows x "
                    + k + " classes = " + (long) rows * k);
        }
    }

    /** Checks that two row counts agree. */
    static void sameRows(String what, int rows, String other, int otherRows) {
        if (rows != otherRows) {
            throw new IllegalArgumentException(what + " has " + rows + " rows but " + other + " has " + otherRows
                    + "; they must describe the same examples");
        }
    }

    /** Checks that every value is finite (logits). */
    static void finiteRow(String what, double[] a, int off, int k, long row) {
        for (int c = 0; c < k; c++) {
            double v = a[off + c];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s row %d, class %d is %s; values"
                        + " must be finite", what, row, c, v));
            }
        }
    }
}
