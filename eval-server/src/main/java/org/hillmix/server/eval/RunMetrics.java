package org.hillmix.server.eval;

import org.hillmix.server.train.TrainingResult;

/**
 * Measures one training run with the core metrics library (org.hillmix.core.metrics).
 *
 * <p>PENDING: the core metrics library (branch core-metrics) is not merged yet; until it is, measuring throws.
 */
final class RunMetrics {

    private RunMetrics() {
    }

    /** Measures {@code result} on the job's test split. */
    static SeedMeasurement measure(TrainingResult result, JobData data, MetricsSpec spec, long seed) {
        throw new UnsupportedOperationException("metrics need the core metrics library (branch core-metrics), "
                + "which is not merged yet");
    }
}
