package org.hillmix.core.metrics;

/**
 * The predicted (top) label of a probability row and the rank of the true label, with one tie
 * rule everywhere: among equal probabilities the LOWEST class index ranks first. The top-label
 * confidence is the largest probability of the row.
 */
public final class TopLabel {

    private TopLabel() {
    }

    /**
     * The predicted class: the index of the largest value of {@code p[off..off+k)}, the lowest such
     * index on ties.
     */
    public static int argmax(double[] p, int off, int k) {
        int best = 0;
        double bestValue = p[off];
        for (int c = 1; c < k; c++) {
            double v = p[off + c];
            if (v > bestValue) { // strict: an equal later class never replaces an earlier one
                bestValue = v;
                best = c;
            }
        }
        return best;
    }

    /** {@link #argmax(double[], int, int)} of a whole row. */
    public static int argmax(double[] p) {
        return argmax(p, 0, p.length);
    }

    /** The top-label confidence: the largest value of {@code p[off..off+k)}. */
    public static double confidence(double[] p, int off, int k) {
        return p[off + argmax(p, off, k)];
    }

    /**
     * The 0-based rank of class {@code label} in the row: the number of classes with a larger
     * probability, plus the number of lower-indexed classes with an equal one. Rank 0 means the
     * label is the prediction ({@code argmax == label}); rank {@code < 2} means it is in the top 2.
     */
    public static int rank(double[] p, int off, int k, int label) {
        double pl = p[off + label];
        int rank = 0;
        for (int c = 0; c < k; c++) {
            double v = p[off + c];
            if (v > pl || (v == pl && c < label)) {
                rank++;
            }
        }
        return rank;
    }
}
