package org.hillmix.core.metrics;

/**
 * Per-row information measures between a predicted distribution {@code p} and a human soft target
 * {@code t}, all in nats (natural logarithm). Terms with a zero factor are 0 ({@code 0 ln 0 = 0}).
 * Predicted probabilities inside a logarithm are floored at {@link #PROBABILITY_FLOOR} so that a
 * confident wrong prediction costs {@code -ln 1e-12 = 27.63} nats instead of infinity.
 *
 * <ul>
 * <li>entropy {@code H(p) = -sum_c p_c ln p_c};</li>
 * <li>cross-entropy {@code CE(t, p) = -sum_c t_c ln max(p_c, 1e-12)};</li>
 * <li>KL divergence {@code KL(t || p) = sum_c t_c (ln t_c - ln max(p_c, 1e-12)) = CE(t, p) - H(t)};</li>
 * <li>Jensen-Shannon divergence {@code JS(t, p) = KL(t || m)/2 + KL(p || m)/2} with
 * {@code m = (t + p)/2} (no floor needed: {@code m_c > 0} wherever a numerator is); it lies in
 * {@code [0, ln 2]};</li>
 * <li>L1 distance {@code sum_c |p_c - t_c|}, in {@code [0, 2]}.</li>
 * </ul>
 *
 * <p>The row methods take offsets into flat arrays and check nothing (they run per row of large
 * prediction matrices); the two-vector forms {@link #jensenShannon(double[], double[])} and
 * {@link #l1(double[], double[])}, used between annotators' labels, check their input.
 */
public final class Divergences {

    /** The floor applied to predicted probabilities inside logarithms. */
    public static final double PROBABILITY_FLOOR = 1e-12;

    private Divergences() {
    }

    /** Shannon entropy of {@code p[off..off+k)} in nats. */
    public static double entropy(double[] p, int off, int k) {
        double h = 0;
        for (int c = 0; c < k; c++) {
            double v = p[off + c];
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }

    /** Negative log-likelihood {@code -ln max(p_label, 1e-12)} of one row. */
    public static double nll(double[] p, int off, int label) {
        return -Math.log(Math.max(p[off + label], PROBABILITY_FLOOR));
    }

    /** Cross-entropy {@code CE(t, p)} of target row {@code t[to..]} and prediction row {@code p[po..]}. */
    public static double crossEntropy(double[] t, int to, double[] p, int po, int k) {
        double ce = 0;
        for (int c = 0; c < k; c++) {
            double tc = t[to + c];
            if (tc > 0) {
                ce -= tc * Math.log(Math.max(p[po + c], PROBABILITY_FLOOR));
            }
        }
        return ce;
    }

    /** {@code KL(t || p)} of target row {@code t[to..]} and prediction row {@code p[po..]}. */
    public static double kl(double[] t, int to, double[] p, int po, int k) {
        double kl = 0;
        for (int c = 0; c < k; c++) {
            double tc = t[to + c];
            if (tc > 0) {
                kl += tc * (Math.log(tc) - Math.log(Math.max(p[po + c], PROBABILITY_FLOOR)));
            }
        }
        return kl;
    }

    /** Jensen-Shannon divergence of target row {@code t[to..]} and prediction row {@code p[po..]}. */
    public static double jensenShannon(double[] t, int to, double[] p, int po, int k) {
        double js = 0;
        for (int c = 0; c < k; c++) {
            double tc = t[to + c];
            double pc = p[po + c];
            double m = 0.5 * (tc + pc);
            if (tc > 0) {
                js += tc * Math.log(tc / m);
            }
            if (pc > 0) {
                js += pc * Math.log(pc / m);
            }
        }
        return 0.5 * js;
    }

    /**
     * Jensen-Shannon divergence of two whole probability vectors, in nats: symmetric, 0 for equal
     * vectors and at most {@code ln 2} (vectors with disjoint support).
     *
     * @throws IllegalArgumentException when the lengths differ or a value is negative or NaN
     */
    public static double jensenShannon(double[] p, double[] q) {
        check(p, q);
        // rounding can leave a tiny negative value for equal vectors
        return Math.max(0, jensenShannon(p, 0, q, 0, p.length));
    }

    /**
     * L1 distance {@code sum_c |p[c] - q[c]|} of two whole vectors; between probability vectors it
     * lies in {@code [0, 2]}.
     *
     * @throws IllegalArgumentException when the lengths differ or a value is negative or NaN
     */
    public static double l1(double[] p, double[] q) {
        check(p, q);
        return l1(p, 0, q, 0, p.length);
    }

    /** L1 distance {@code sum_c |p_c - t_c|} of target row {@code t[to..]} and prediction row {@code p[po..]}. */
    public static double l1(double[] t, int to, double[] p, int po, int k) {
        double d = 0;
        for (int c = 0; c < k; c++) {
            d += Math.abs(p[po + c] - t[to + c]);
        }
        return d;
    }

    /** Multi-class Brier score of one row: {@code sum_c (p_c - y_c)^2}, {@code y} one-hot at {@code label}. */
    public static double brier(double[] p, int off, int k, int label) {
        double s = 0;
        for (int c = 0; c < k; c++) {
            double d = c == label ? p[off + c] - 1 : p[off + c];
            s += d * d;
        }
        return s;
    }

    private static void check(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("vectors have " + p.length + " and " + q.length
                    + " classes; they must have the same number");
        }
        for (int c = 0; c < p.length; c++) {
            if (!(p[c] >= 0) || !(q[c] >= 0)) {
                throw new IllegalArgumentException("probability of class " + c + " is " + p[c] + " / " + q[c]
                        + "; probabilities must be >= 0");
            }
        }
    }
}
