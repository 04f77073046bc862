package org.hillmix.core.metrics;

/**
 * 95% bootstrap percentile intervals of the three headline metrics, computed from the same
 * resamples.
 *
 * @param accuracy top-1 accuracy
 * @param ece top-label equal-width ECE
 * @param nll mean negative log-likelihood (probabilities floored at 1e-12)
 */
public record BootstrapIntervals(BootstrapInterval accuracy, BootstrapInterval ece, BootstrapInterval nll) {
}
