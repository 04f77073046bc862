package org.hillmix.core.metrics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Bootstrap intervals over test items of the {@link HeadlineMetric}s of one model, all from the same resamples.
 *
 * <p>Each resample draws {@code n} items uniformly with replacement ({@link SplittableRandom} with the given
 * seed, so reproducible), recorded as a count per item. The interval runs between the {@code (1-L)/2} and
 * {@code (1+L)/2} percentiles of the {@code R} resampled values (Hyndman-Fan type 7, {@link
 * Bootstrap#percentile}). For the binned calibration errors ({@link HeadlineMetric#binned()}), whose resampled
 * values are biased upwards against the estimate (repeated items add noise and noise adds calibration error),
 * both ends are shifted down by the bootstrap bias estimate {@code bias = mean(resampled) - estimate}
 * (Efron and Tibshirani 1993, section 10.2), so the interval is centred on the bias-corrected value
 * {@code estimate - bias} rather than above the estimate. If any resampled value is NaN (e.g. the human
 * cross-entropy of a resample without a human-labelled item) the interval is NaN.
 */
public final class ItemBootstrap {

    private ItemBootstrap() {
    }

    /**
     * Intervals of {@code metrics} with {@code resamples} resamples at level {@code level}.
     *
     * @throws IllegalArgumentException when there are no items, {@code resamples < 1}, {@code level} is not in
     *         (0, 1) or {@code bins} is invalid
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static Map<HeadlineMetric, MetricInterval> intervals(ItemPredictions items, List<HeadlineMetric> metrics,
            int bins, int resamples, double level, long seed, ProgressMonitor monitor) {
        Objects.requireNonNull(items, "items");
        checkResampling(resamples, level);
        ResampleTable table = new ResampleTable(items, bins);
        int n = table.items();
        int[] counts = new int[n];
        Arrays.fill(counts, 1);
        int m = metrics.size();
        double[] estimate = new double[m];
        for (int j = 0; j < m; j++) {
            estimate[j] = table.value(metrics.get(j), counts, n);
        }
        double[][] values = new double[m][resamples];
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Bootstrap resampling", resamples);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            pm.checkCancelled();
            draw(rng, counts);
            for (int j = 0; j < m; j++) {
                values[j][r] = table.value(metrics.get(j), counts, n);
            }
            pm.worked(1);
        }
        pm.done();
        Map<HeadlineMetric, MetricInterval> out = new EnumMap<>(HeadlineMetric.class);
        for (int j = 0; j < m; j++) {
            out.put(metrics.get(j), interval(estimate[j], values[j], metrics.get(j).binned(), level));
        }
        return out;
    }

    /** Draws {@code counts.length} items with replacement into {@code counts} (cleared first). */
    static void draw(SplittableRandom rng, int[] counts) {
        int n = counts.length;
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[rng.nextInt(n)]++;
        }
    }

    /** The (shifted) percentile interval of {@code values} (sorted in place) around {@code estimate}. */
    static MetricInterval interval(double estimate, double[] values, boolean shift, double level) {
        int r = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        Arrays.sort(values); // NaN sorts last
        if (Double.isNaN(values[r - 1]) || Double.isNaN(estimate)) {
            return new MetricInterval(estimate, Double.NaN, Double.NaN, Double.NaN, shift, level, r);
        }
        double bias = sum / r - estimate;
        double alpha = (1 - level) / 2;
        double lo = Bootstrap.percentile(values, alpha);
        double hi = Bootstrap.percentile(values, 1 - alpha);
        if (shift) {
            lo -= bias;
            hi -= bias;
        }
        return new MetricInterval(estimate, lo, hi, bias, shift, level, r);
    }

    static void checkResampling(int resamples, double level) {
        if (resamples < 1) {
            throw new IllegalArgumentException("the number of resamples must be >= 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the interval level must be in (0, 1), e.g. 0.95; got " + level);
        }
    }
}
