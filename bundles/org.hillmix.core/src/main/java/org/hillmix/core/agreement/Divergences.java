package org.hillmix.core.agreement;

/**
 * Distances between two probability vectors over the same classes.
 */
public final class Divergences {

    private Divergences() {
    }

    /**
     * Jensen-Shannon divergence in nats:
     * {@code JS(p, q) = 1/2 KL(p || m) + 1/2 KL(q || m)} with {@code m = (p + q) / 2} and
     * {@code KL(p || m) = sum_c p[c] ln(p[c] / m[c])} (terms with {@code p[c] = 0} are 0). It is
     * symmetric, 0 for equal vectors and at most {@code ln 2} (vectors with disjoint support).
     *
     * @throws IllegalArgumentException when the lengths differ or a value is negative or NaN
     */
    public static double jensenShannon(double[] p, double[] q) {
        check(p, q);
        double js = 0;
        for (int c = 0; c < p.length; c++) {
            double m = 0.5 * (p[c] + q[c]);
            if (p[c] > 0) {
                js += 0.5 * p[c] * Math.log(p[c] / m);
            }
            if (q[c] > 0) {
                js += 0.5 * q[c] * Math.log(q[c] / m);
            }
        }
        // rounding can leave a tiny negative value for equal vectors
        return Math.max(0, js);
    }

    /**
     * L1 distance {@code sum_c |p[c] - q[c]|}; between probability vectors it lies in {@code [0, 2]}.
     *
     * @throws IllegalArgumentException when the lengths differ or a value is negative or NaN
     */
    public static double l1(double[] p, double[] q) {
        check(p, q);
        double d = 0;
        for (int c = 0; c < p.length; c++) {
            d += Math.abs(p[c] - q[c]);
        }
        return d;
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
