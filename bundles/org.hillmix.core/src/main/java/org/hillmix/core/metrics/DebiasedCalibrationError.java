package org.hillmix.core.metrics;

import org.hillmix.core.internal.metrics.StableSort;

/**
 * The debiased estimator of the squared top-label calibration error of Kumar, Liang and Ma ("Verified
 * uncertainty calibration", NeurIPS 2019, section 5), over {@code B} equal-mass bins of the confidences
 * (the binning and tie rule of {@link EqualMassBins}: a stable sort, the first {@code N mod B} bins one example
 * larger).
 *
 * <p>For a bin {@code b} of {@code n_b} examples with mean confidence {@code conf_b} and accuracy
 * {@code acc_b}, the plug-in term {@code (acc_b - conf_b)^2} overestimates the squared gap by the variance of
 * {@code acc_b}, {@code mu_b (1 - mu_b) / n_b}, whose unbiased estimate is {@code acc_b (1 - acc_b) / (n_b - 1)}.
 * So
 * <pre>
 *   D = sum_b (n_b / N) [ (acc_b - conf_b)^2 - acc_b (1 - acc_b) / (n_b - 1) ]
 * </pre>
 * over the bins with {@code n_b >= 2}; a bin of one example contributes 0 (as in the authors' code,
 * {@code unbiased_square_ce}). {@code D} can be negative: the data are then consistent with a calibrated model
 * at this resolution. The debiased ECE reported beside the plug-in ECE is the l2 calibration error
 * {@code sqrt(max(D, 0))} (the authors' {@code unbiased_l2_ce}); it is on the scale of the ECE but measures an
 * RMS gap, so it is not the plug-in ECE minus a bias.
 */
public final class DebiasedCalibrationError {

    private DebiasedCalibrationError() {
    }

    /**
     * The debiased squared calibration error {@code D} of the first {@code n} examples.
     *
     * @param confidence top-label confidences in {@code [0, 1]}
     * @param correct whether each prediction was right
     * @throws IllegalArgumentException when {@code n < 1}, a confidence is outside {@code [0, 1]} or
     *         {@code bins < 1}
     */
    public static double squared(double[] confidence, boolean[] correct, int n, int bins) {
        if (n < 1 || n > confidence.length || n > correct.length) {
            throw new IllegalArgumentException("need 1.." + Math.min(confidence.length, correct.length)
                    + " examples, got n = " + n);
        }
        for (int i = 0; i < n; i++) {
            double v = confidence[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("confidence of row " + i + " is " + v + "; must be in [0, 1]");
            }
        }
        return squaredSorted(confidence, correct, StableSort.sortedIndices(confidence, n),
                EqualMassBins.equalMassSizes(n, bins));
    }

    /** {@code sqrt(max(squared(...), 0))}: the debiased l2 calibration error. */
    public static double ece(double[] confidence, boolean[] correct, int n, int bins) {
        return fromSquared(squared(confidence, correct, n, bins));
    }

    /** {@code sqrt(max(d, 0))}; NaN stays NaN. */
    public static double fromSquared(double d) {
        return Double.isNaN(d) ? Double.NaN : Math.sqrt(Math.max(d, 0));
    }

    /** {@code D} over consecutive bins of the given sizes along {@code order}. */
    static double squaredSorted(double[] confidence, boolean[] correct, int[] order, int[] sizes) {
        int n = order.length;
        double total = 0;
        int pos = 0;
        for (int size : sizes) {
            double sumConf = 0;
            int hits = 0;
            for (int j = pos; j < pos + size; j++) {
                int i = order[j];
                sumConf += confidence[i];
                if (correct[i]) {
                    hits++;
                }
            }
            pos += size;
            total += term(size, hits, sumConf, n);
        }
        return total;
    }

    /**
     * One bin's contribution {@code (n_b/N) [(acc_b - conf_b)^2 - acc_b (1 - acc_b) / (n_b - 1)]}, 0 for a bin
     * of fewer than two examples.
     */
    static double term(int size, int hits, double sumConfidence, int n) {
        if (size < 2) {
            return 0;
        }
        double acc = (double) hits / size;
        double gap = acc - sumConfidence / size;
        return (double) size / n * (gap * gap - acc * (1 - acc) / (size - 1));
    }
}
