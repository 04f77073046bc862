package org.hillmix.core.metrics;

import java.util.Objects;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * One-call computation of the full {@link MetricReport}; for streaming use
 * {@link CalibrationAccumulator}. Definitions: {@code docs/metrics.md}.
 */
public final class Metrics {

    /** Default number of equal-width (and equal-mass) calibration bins. */
    public static final int DEFAULT_BINS = 15;

    /**
     * Most calibration bins accepted. The accumulator keeps {@code 3 (k + 1)} numbers per bin, so the limit
     * bounds its memory (about 2.6 MB at 10 classes); estimates from more bins than this are noise for any data
     * set people label, since most bins would hold a handful of examples or none.
     */
    public static final int MAX_BINS = 10_000;

    private Metrics() {
    }

    /**
     * Metrics of {@code probabilities[n][k]} against {@code labels}, and against {@code targets} when
     * not {@code null}.
     *
     * @throws IllegalArgumentException when inputs are invalid (see {@link Predictions})
     */
    public static MetricReport compute(double[][] probabilities, int[] labels, double[][] targets, int bins) {
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(labels, "labels");
        Validation.sameRows("probabilities", probabilities.length, "labels", labels.length);
        if (targets != null) {
            Validation.sameRows("targets", targets.length, "labels", labels.length);
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("no predictions: metrics need at least one example");
        }
        if (probabilities[0] == null) {
            throw new IllegalArgumentException("probabilities row 0 is null");
        }
        // rows go straight into the accumulator, which validates each one: no copy, one pass
        CalibrationAccumulator acc = new CalibrationAccumulator(probabilities[0].length, bins);
        for (int i = 0; i < labels.length; i++) {
            if (probabilities[i] == null || (targets != null && targets[i] == null)) {
                throw new IllegalArgumentException((probabilities[i] == null ? "probabilities" : "targets") + " row "
                        + i + " is null");
            }
            if (targets == null) {
                acc.add(probabilities[i], labels[i]);
            } else {
                acc.add(probabilities[i], labels[i], targets[i]);
            }
        }
        return acc.report();
    }

    /**
     * Metrics of flat row-major {@code probabilities} ({@code n * classes} values).
     *
     * @param targets flat soft targets of the same shape, or {@code null}
     * @throws IllegalArgumentException when inputs are invalid (see {@link Predictions})
     */
    public static MetricReport compute(double[] probabilities, int classes, int[] labels, double[] targets, int bins) {
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(labels, "labels");
        Validation.classes(classes);
        if (probabilities.length % classes != 0) {
            throw new IllegalArgumentException("probabilities has " + probabilities.length + " values, which is not a"
                    + " multiple of " + classes + " classes");
        }
        Validation.sameRows("probabilities", probabilities.length / classes, "labels", labels.length);
        if (targets != null) {
            Validation.flatShape("targets", targets, labels.length, classes);
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("no predictions: metrics need at least one example");
        }
        CalibrationAccumulator acc = new CalibrationAccumulator(classes, bins);
        for (int i = 0; i < labels.length; i++) {
            acc.add(probabilities, i * classes, labels[i], targets, i * classes);
        }
        return acc.report();
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
