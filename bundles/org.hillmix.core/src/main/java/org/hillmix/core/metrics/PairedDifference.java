package org.hillmix.core.metrics;

/**
 * A regime's paired difference to the reference regime in one {@link HeadlineMetric}: regime minus reference,
 * averaged over seeds, with a paired bootstrap interval over test items ({@link PairedBootstrap}).
 *
 * @param metric the metric
 * @param seeds number of seeds paired
 * @param interval the difference ({@link MetricInterval#estimate()}) and its interval
 */
public record PairedDifference(HeadlineMetric metric, int seeds, MetricInterval interval) {

    /** Regime minus reference, mean over seeds. */
    public double difference() {
        return interval.estimate();
    }

    /**
     * Whether the interval excludes 0: the data separate the two regimes in this metric at the interval's level.
     * False when the interval is NaN.
     */
    public boolean separated() {
        return interval.excludesZero();
    }
}
