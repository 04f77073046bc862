package org.hillmix.core.metrics;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * One-call computation of the full {@link MetricReport}; for streaming use
 * {@link CalibrationAccumulator}. Definitions: {@code docs/metrics.md}.
 */
public final class Metrics {

    /** Default number of equal-width (and equal-mass) calibration bins. */
    public static final int DEFAULT_BINS = 15;

    private Metrics() {
    }

    /**
     * Metrics of {@code probabilities[n][k]} against {@code labels}, and against {@code targets} when
     * not {@code null}.
     *
     * @throws IllegalArgumentException when inputs are invalid (see {@link Predictions})
     */
    public static MetricReport compute(double[][] probabilities, int[] labels, double[][] targets, int bins) {
        Predictions p = Predictions.of(probabilities, labels, targets);
        return compute(p, bins, ProgressMonitor.NULL);
    }

    /**
     * Metrics of flat row-major {@code probabilities} ({@code n * classes} values).
     *
     * @param targets flat soft targets of the same shape, or {@code null}
     * @throws IllegalArgumentException when inputs are invalid (see {@link Predictions})
     */
    public static MetricReport compute(double[] probabilities, int classes, int[] labels, double[] targets, int bins) {
        return compute(Predictions.ofFlat(probabilities, classes, labels, targets), bins, ProgressMonitor.NULL);
    }

    /**
     * Metrics of {@code predictions} with {@code bins} bins and RMS bins of
     * {@link EqualMassBins#DEFAULT_RMS_BIN_SIZE} examples.
     *
     * @throws IllegalArgumentException when there are no rows or {@code bins < 1}
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static MetricReport compute(Predictions predictions, int bins, ProgressMonitor monitor) {
        return compute(predictions, bins, EqualMassBins.DEFAULT_RMS_BIN_SIZE, monitor);
    }

    /**
     * Metrics of {@code predictions} with {@code bins} bins and RMS bins of {@code rmsBinSize} examples.
     *
     * @throws IllegalArgumentException when there are no rows, {@code bins < 1} or {@code rmsBinSize < 1}
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static MetricReport compute(Predictions predictions, int bins, int rmsBinSize, ProgressMonitor monitor) {
        if (predictions.rows() == 0) {
            throw new IllegalArgumentException("no predictions: metrics need at least one example");
        }
        CalibrationAccumulator acc = new CalibrationAccumulator(predictions.classes(), bins, rmsBinSize);
        acc.addAll(predictions, monitor);
        return acc.report();
    }
}
