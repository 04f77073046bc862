package org.hillmix.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Nonparametric bootstrap percentile intervals (Efron and Tibshirani 1993, ch. 13). Each resample
 * draws {@code n} example indices uniformly with replacement from {@code 0..n-1} using
 * {@link SplittableRandom} seeded with the given seed, so results are reproducible for a seed.
 * The interval for level {@code L} runs from the {@code (1-L)/2} to the {@code (1+L)/2} percentile
 * of the {@code R} resampled statistics, where the {@code q} percentile of sorted values
 * {@code v_0 <= ... <= v_{R-1}} interpolates linearly at position {@code h = q (R - 1)}:
 * {@code v_floor(h) + (h - floor(h)) (v_floor(h)+1 - v_floor(h))} (Hyndman and Fan's type 7, numpy's
 * default). If any resampled statistic is NaN, both bounds are NaN.
 */
public final class Bootstrap {

    /** Default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default interval level. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** A statistic of a resample. */
    @FunctionalInterface
    public interface Statistic {
        /**
         * Computes the statistic of the examples {@code sample[0..n)} (indices into the original data,
         * with repeats). The array is reused between calls: do not keep or modify it.
         */
        double compute(int[] sample);
    }

    private Bootstrap() {
    }

    /**
     * A percentile interval of one statistic.
     *
     * @param n number of examples, {@code >= 1}
     * @throws IllegalArgumentException when {@code n < 1}, {@code resamples < 1} or {@code level} not in (0, 1)
     */
    public static BootstrapInterval interval(int n, Statistic statistic, int resamples, double level, long seed,
            ProgressMonitor monitor) {
        return intervals(n, List.of(statistic), resamples, level, seed, monitor).get(0);
    }

    /**
     * Percentile intervals of several statistics, all computed on the same resamples.
     *
     * @throws IllegalArgumentException when {@code n < 1}, {@code resamples < 1} or {@code level} not in (0, 1)
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static List<BootstrapInterval> intervals(int n, List<Statistic> statistics, int resamples, double level,
            long seed, ProgressMonitor monitor) {
        Objects.requireNonNull(statistics, "statistics");
        if (n < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one example, got n = " + n);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("the number of resamples must be >= 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the interval level must be in (0, 1), e.g. 0.95; got " + level);
        }
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Bootstrap resampling", resamples);
        int s = statistics.size();
        int[] sample = new int[n];
        for (int i = 0; i < n; i++) {
            sample[i] = i;
        }
        double[] estimates = new double[s];
        for (int j = 0; j < s; j++) {
            estimates[j] = statistics.get(j).compute(sample);
        }
        double[][] values = new double[s][resamples];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            pm.checkCancelled();
            for (int i = 0; i < n; i++) {
                sample[i] = rng.nextInt(n);
            }
            for (int j = 0; j < s; j++) {
                values[j][r] = statistics.get(j).compute(sample);
            }
            pm.worked(1);
        }
        double alpha = (1 - level) / 2;
        List<BootstrapInterval> out = new ArrayList<>(s);
        for (int j = 0; j < s; j++) {
            double[] v = values[j];
            Arrays.sort(v); // NaN sorts last
            boolean nan = Double.isNaN(v[resamples - 1]);
            out.add(new BootstrapInterval(estimates[j], nan ? Double.NaN : percentile(v, alpha),
                    nan ? Double.NaN : percentile(v, 1 - alpha), level, resamples));
        }
        pm.done();
        return out;
    }

    /**
     * The {@code q} percentile ({@code q} in {@code [0, 1]}) of ascending {@code sorted} values by
     * linear interpolation at {@code h = q (R - 1)} (see class comment).
     */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("percentile must be in [0, 1], got " + q);
        }
        double h = q * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * 95% intervals of accuracy, top-label equal-width ECE ({@code bins} bins) and NLL, with
     * {@link #DEFAULT_RESAMPLES} resamples.
     */
    public static BootstrapIntervals standard(Predictions predictions, int bins, long seed, ProgressMonitor monitor) {
        return standard(predictions, bins, DEFAULT_RESAMPLES, seed, monitor);
    }

    /**
     * 95% intervals of accuracy, top-label equal-width ECE ({@code bins} bins) and NLL from the same
     * {@code resamples} resamples. The estimates equal the corresponding {@link MetricReport} values
     * (up to rounding).
     *
     * @throws IllegalArgumentException when there are no predictions
     */
    public static BootstrapIntervals standard(Predictions predictions, int bins, int resamples, long seed,
            ProgressMonitor monitor) {
        Validation.bins(bins);
        int n = predictions.rows();
        int k = predictions.classes();
        if (n == 0) {
            throw new IllegalArgumentException("no predictions: the bootstrap needs at least one example");
        }
        double[] p = predictions.flatProbabilities();
        int[] labels = predictions.labelArray();
        boolean[] correct = new boolean[n];
        double[] confidence = new double[n];
        int[] bin = new int[n];
        double[] nll = new double[n];
        for (int i = 0; i < n; i++) {
            int top = TopLabel.argmax(p, i * k, k);
            correct[i] = top == labels[i];
            confidence[i] = p[i * k + top];
            bin[i] = EqualWidthBins.index(confidence[i], bins);
            nll[i] = Divergences.nll(p, i * k, labels[i]);
        }
        Statistic accuracy = sample -> {
            int hits = 0;
            for (int i : sample) {
                if (correct[i]) {
                    hits++;
                }
            }
            return (double) hits / sample.length;
        };
        long[] binHits = new long[bins];
        double[] binConfidence = new double[bins];
        Statistic ece = sample -> {
            Arrays.fill(binHits, 0);
            Arrays.fill(binConfidence, 0);
            for (int i : sample) {
                binConfidence[bin[i]] += confidence[i];
                if (correct[i]) {
                    binHits[bin[i]]++;
                }
            }
            // (n_b/N) |acc_b - conf_b| = |hits_b - sum conf_b| / N
            double e = 0;
            for (int b = 0; b < bins; b++) {
                e += Math.abs(binHits[b] - binConfidence[b]);
            }
            return e / sample.length;
        };
        Statistic meanNll = sample -> {
            double sum = 0;
            for (int i : sample) {
                sum += nll[i];
            }
            return sum / sample.length;
        };
        List<BootstrapInterval> r = intervals(n, List.of(accuracy, ece, meanNll), resamples, DEFAULT_LEVEL, seed,
                monitor);
        return new BootstrapIntervals(r.get(0), r.get(1), r.get(2));
    }
}
