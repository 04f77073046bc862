package org.hillmix.core.metrics;

import org.hillmix.core.internal.metrics.StableSort;

/**
 * Calibration errors over bins of consecutive examples after a STABLE ascending sort by top-label
 * confidence (equal confidences keep their input order).
 *
 * <p><b>Equal-mass ECE</b> with {@code B} bins over {@code N} examples: write {@code N = qB + r}
 * with {@code 0 <= r < B}; the first {@code r} bins (lowest confidences) hold {@code q + 1}
 * examples and the other {@code B - r} hold {@code q} (as {@code numpy.array_split}); empty bins
 * (only when {@code N < B}) are skipped. {@code ECE_em = sum_b (n_b/N) |acc_b - conf_b|}.
 *
 * <p><b>RMS calibration error</b> with bins of {@code beta} examples (the CIFAR-10S study's
 * measure, from Hendrycks et al.'s {@code calib_err}): {@code m = max(1, floor(N/beta))} bins;
 * bins {@code 0..m-2} hold {@code beta} examples each and the last bin holds the rest
 * ({@code beta} to {@code 2 beta - 1} examples, or all {@code N} when {@code N < beta});
 * {@code RMS = sqrt(sum_b (n_b/N) (conf_b - acc_b)^2)}. HILLmix sums over ALL bins; the upstream
 * loop stops before the last bin (so it omits up to {@code 2 beta - 1} of the most confident
 * examples from the sum while still dividing by {@code N}), sorts with numpy's default unstable
 * sort, and fails for {@code N < beta}.
 */
public final class EqualMassBins {

    /** The CIFAR-10S study's bin size for the RMS calibration error. */
    public static final int DEFAULT_RMS_BIN_SIZE = 100;

    private EqualMassBins() {
    }

    /** The sizes of the {@code bins} equal-mass bins of {@code n} examples (see class comment). */
    public static int[] equalMassSizes(int n, int bins) {
        Validation.bins(bins);
        int[] sizes = new int[bins];
        int q = n / bins;
        int r = n % bins;
        for (int b = 0; b < bins; b++) {
            sizes[b] = b < r ? q + 1 : q;
        }
        return sizes;
    }

    /** The sizes of the RMS bins of {@code binSize} examples over {@code n >= 1} examples (see class comment). */
    public static int[] rmsSizes(int n, int binSize) {
        if (binSize < 1) {
            throw new IllegalArgumentException("the RMS bin size must be >= 1, got " + binSize);
        }
        int m = Math.max(1, n / binSize);
        int[] sizes = new int[m];
        for (int b = 0; b < m - 1; b++) {
            sizes[b] = binSize;
        }
        sizes[m - 1] = n - (m - 1) * binSize;
        return sizes;
    }

    /**
     * Equal-mass ECE of the first {@code n} examples.
     *
     * @param confidence top-label confidences in {@code [0, 1]}
     * @param correct whether each prediction was right
     */
    public static double ece(double[] confidence, boolean[] correct, int n, int bins) {
        return binned(confidence, correct, n, equalMassSizes(n, bins), false);
    }

    /** RMS calibration error of the first {@code n} examples with bins of {@code binSize} examples. */
    public static double rmsCalibrationError(double[] confidence, boolean[] correct, int n, int binSize) {
        return binned(confidence, correct, n, rmsSizes(n, binSize), true);
    }

    private static double binned(double[] confidence, boolean[] correct, int n, int[] sizes, boolean rms) {
        checkN(confidence, correct, n);
        return binnedSorted(confidence, correct, StableSort.sortedIndices(confidence, n), sizes, rms);
    }

    /** Sums over consecutive bins of the given sizes along {@code order}. */
    static double binnedSorted(double[] confidence, boolean[] correct, int[] order, int[] sizes, boolean rms) {
        int n = order.length;
        double total = 0;
        int pos = 0;
        for (int size : sizes) {
            if (size == 0) {
                continue;
            }
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
            double gap = (double) hits / size - sumConf / size;
            double weight = (double) size / n;
            total += rms ? weight * gap * gap : weight * Math.abs(gap);
        }
        return rms ? Math.sqrt(total) : total;
    }

    private static void checkN(double[] confidence, boolean[] correct, int n) {
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
    }
}
