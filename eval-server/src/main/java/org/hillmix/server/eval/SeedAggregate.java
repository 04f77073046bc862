package org.hillmix.server.eval;

import java.util.List;

import org.hillmix.core.metrics.SeedInterval;
import org.hillmix.server.eval.EvaluationReport.Aggregate;

/**
 * Summarises a metric over training seeds with the core {@link SeedInterval}: mean, sample standard deviation
 * and the 95% Student-t interval {@code mean +- t(0.975, n - 1) * sd / sqrt(n)} (docs/metrics.md, section 6).
 * Seeds without a value (null) are left out. With one seed no spread can be estimated: the report then gives
 * {@code sd = 0} and {@code low = high = mean} (JSON has no NaN; {@code n = 1} says why).
 */
public final class SeedAggregate {

    private SeedAggregate() {
    }

    /** The aggregate of the finite, non-null {@code values}, or {@code null} when there are none. */
    public static Aggregate of(List<Double> values) {
        double[] v = values.stream().filter(x -> x != null && Double.isFinite(x)).mapToDouble(Double::doubleValue)
                .toArray();
        if (v.length == 0) {
            return null;
        }
        SeedInterval s = SeedInterval.of(v);
        if (s.n() == 1) {
            return new Aggregate(s.mean(), 0, s.mean(), s.mean(), 1);
        }
        return new Aggregate(s.mean(), s.standardDeviation(), s.lower(), s.upper(), s.n());
    }
}
