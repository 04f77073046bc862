/**
 * Calibration and evaluation metrics of classifier predictions, in double precision and free of
 * UI and deep-learning libraries: accuracy (top-1, top-2, worst class), NLL, Brier score, entropy,
 * agreement with human soft labels (cross-entropy, KL, Jensen-Shannon, L1, entropy correlation),
 * top-label ECE/MCE over equal-width and equal-mass bins, the debiased calibration error of Kumar
 * et al., classwise ECE, the CIFAR-10S RMS calibration error, reliability-diagram bins, temperature
 * scaling, bootstrap and across-seed intervals, paired comparisons of two training regimes
 * ({@link org.hillmix.core.metrics.PairedBootstrap}), training stability (loss-curve spread,
 * forgetting events), calibration by difficulty terciles, and dataset cartography.
 *
 * <p>Start with {@link org.hillmix.core.metrics.Metrics#compute} or, for streamed predictions,
 * {@link org.hillmix.core.metrics.CalibrationAccumulator}. Every definition, with formulas and the
 * tie and binning rules, is in {@code docs/metrics.md}.
 */
package org.hillmix.core.metrics;
