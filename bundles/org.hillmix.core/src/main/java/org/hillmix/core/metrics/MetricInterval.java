package org.hillmix.core.metrics;

/**
 * A bootstrap interval of one {@link HeadlineMetric} (or of a paired difference of one).
 *
 * @param estimate the value on the original test items
 * @param lower lower end: the {@code (1 - level)/2} percentile of the resampled values, minus {@code bias}
 *        when {@code shifted}
 * @param upper upper end: the {@code (1 + level)/2} percentile, minus {@code bias} when {@code shifted}
 * @param bias the bootstrap bias estimate: mean of the resampled values minus {@code estimate}
 * @param shifted whether the percentiles were shifted by {@code bias} (binned calibration errors)
 * @param level nominal coverage, e.g. 0.95
 * @param resamples number of resamples
 */
public record MetricInterval(double estimate, double lower, double upper, double bias, boolean shifted, double level,
        int resamples) {

    /** Whether the interval excludes 0 (false when it is NaN). */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
