package org.hillmix.core.metrics;

/**
 * A bootstrap percentile interval.
 *
 * @param estimate the statistic on the original sample
 * @param lower the {@code (1 - level)/2} percentile of the resampled statistics
 * @param upper the {@code (1 + level)/2} percentile of the resampled statistics
 * @param level the nominal coverage, e.g. 0.95
 * @param resamples the number of bootstrap resamples
 */
public record BootstrapInterval(double estimate, double lower, double upper, double level, int resamples) {
}
