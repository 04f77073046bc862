package org.hillmix.server.eval.measure;

import java.util.List;

import org.hillmix.core.evaluation.EvaluationReport.Aggregate;
import org.hillmix.core.metrics.SeedInterval;

/**
 * Summarises a metric over training seeds with the core {@link SeedInterval}: mean, sample standard deviation
 * and the 95% Student-t interval {@code mean +- t(0.975, n - 1) * sd / sqrt(n)} (docs/metrics.md, section 6).
 * Seeds without a value (null) are left out. With one seed no spread can be estimated: the report then gives
 * {@code sd = 0} and {@code low = high = mean} (JSON has no NaN; {@code n = 1} says why).
 *
 * <p>A t-interval is symmetric and can reach past the values a metric can take (an ECE interval below 0
 * with few seeds and a large spread); {@link #of(List, double, double)} truncates it to the metric's range,
 * which is what a reader would do anyway and keeps reports from printing impossible values.
 */
public final class SeedAggregate {

    private SeedAggregate() {
    }

    /** The aggregate of the finite, non-null {@code values}, or {@code null} when there are none. */
    public static Aggregate of(List<Double> values) {
        return of(values, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The aggregate of the finite, non-null {@code values} with the interval truncated to
     * {@code [minimum, maximum]}, the range of the metric; {@code null} when there are no values.
     */
    public static Aggregate of(List<Double> values, double minimum, double maximum) {
        double[] v = values.stream().filter(x -> x != null && Double.isFinite(x)).mapToDouble(Double::doubleValue)
                .toArray();
        if (v.length == 0) {
            return null;
        }
        SeedInterval s = SeedInterval.of(v);
        if (s.n() == 1) {
            return new Aggregate(s.mean(), 0, s.mean(), s.mean(), 1);
        }
        return new Aggregate(s.mean(), s.standardDeviation(), Math.max(minimum, s.lower()),
                Math.min(maximum, s.upper()), s.n());
    }
}
