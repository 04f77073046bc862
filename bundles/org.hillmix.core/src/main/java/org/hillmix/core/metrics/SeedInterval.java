package org.hillmix.core.metrics;

import java.util.Objects;

/**
 * Mean and 95% t-interval of one metric over several training seeds:
 * {@code mean +- t_{0.975, n-1} s / sqrt(n)}, with {@code s} the sample standard deviation
 * (divisor {@code n - 1}) and the t quantile from {@link StudentT#quantile975(int)}.
 *
 * @param n number of seeds
 * @param mean the mean
 * @param standardDeviation sample standard deviation; NaN when {@code n = 1}
 * @param tQuantile {@code t_{0.975, n-1}}; NaN when {@code n = 1}
 * @param lower {@code mean - halfWidth}; NaN when {@code n = 1}
 * @param upper {@code mean + halfWidth}; NaN when {@code n = 1}
 */
public record SeedInterval(int n, double mean, double standardDeviation, double tQuantile, double lower,
        double upper) {

    /**
     * The interval of {@code values} (one per seed).
     *
     * @throws IllegalArgumentException when there are no values or one is not finite
     */
    public static SeedInterval of(double... values) {
        Objects.requireNonNull(values, "values");
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values: a seed interval needs at least one seed");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value of seed " + i + " is " + values[i] + "; must be finite");
            }
            sum += values[i];
        }
        double mean = sum / n;
        if (n == 1) {
            return new SeedInterval(1, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = StudentT.quantile975(n - 1);
        double half = t * sd / Math.sqrt(n);
        return new SeedInterval(n, mean, sd, t, mean - half, mean + half);
    }

    /** {@code t_{0.975, n-1} s / sqrt(n)}; NaN when {@code n = 1}. */
    public double halfWidth() {
        return n == 1 ? Double.NaN : (upper - lower) / 2;
    }
}
