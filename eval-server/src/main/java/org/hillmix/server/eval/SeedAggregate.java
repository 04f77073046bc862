package org.hillmix.server.eval;

import java.util.List;

import org.hillmix.server.eval.EvaluationReport.Aggregate;

/**
 * Summarises a metric over training seeds: mean, sample standard deviation and the 95% Student-t interval
 * {@code mean +- t(0.975, n - 1) * sd / sqrt(n)}. With one seed the interval is the single value (no spread can
 * be estimated from one run).
 */
public final class SeedAggregate {

    /** t(0.975, df) for df = 1..30 (standard tables). */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    private SeedAggregate() {
    }

    /**
     * The 0.975 quantile of Student's t with {@code df} degrees of freedom: tabulated up to 30, above that the
     * Cornish-Fisher expansion {@code z + (z^3 + z) / (4 df) + (5 z^5 + 16 z^3 + 3 z) / (96 df^2)} with
     * {@code z = 1.959964} (error below 0.001 for df &gt; 30).
     */
    public static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
        }
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = 1.959964;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
    }

    /** The aggregate of the finite, non-null {@code values}, or {@code null} when there are none. */
    public static Aggregate of(List<Double> values) {
        double sum = 0;
        int n = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Aggregate(mean, 0, mean, mean, 1);
        }
        double ss = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = t975(n - 1) * sd / Math.sqrt(n);
        return new Aggregate(mean, sd, mean - half, mean + half, n);
    }
}
