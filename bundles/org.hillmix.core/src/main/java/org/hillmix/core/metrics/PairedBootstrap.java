package org.hillmix.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Paired comparison of two training regimes on the same test items: a paired bootstrap over test items
 * (Efron and Tibshirani 1993, "An Introduction to the Bootstrap", chapters 10 and 13).
 *
 * <p>Input: for each seed {@code s = 1..S}, the test predictions of a model trained under the regime and of one
 * trained under the reference regime, on the same items in the same order. For metric {@code M},
 * <pre>
 *   difference = (1/S) sum_s [ M(regime_s) - M(reference_s) ]
 * </pre>
 * Each bootstrap replicate {@code r} draws, independently for every seed, {@code n_s} items with replacement and
 * evaluates BOTH models of that seed on the SAME drawn items; the replicate is
 * {@code d_r = (1/S) sum_s [ M(regime_s, draw_sr) - M(reference_s, draw_sr) ]}. The interval is the percentile
 * interval of {@code d_1..d_R} ({@link ItemBootstrap#interval}: shifted by the bootstrap bias for the binned
 * calibration errors). Because both models see the same items, item difficulty cancels out of the difference,
 * which is what can separate two regimes whose separate intervals overlap. A difference whose interval excludes
 * 0 is {@link PairedDifference#separated() separated}; with seven metrics and several regimes some separations
 * at 95% are expected by chance alone (no multiplicity correction is made).
 *
 * <p>The draws of seed {@code s} come from the {@code s}-th {@link SplittableRandom#split()} of a generator
 * seeded with {@code seed}, so every comparison made with the same seed uses the same draws.
 */
public final class PairedBootstrap {

    private PairedBootstrap() {
    }

    /**
     * The paired differences {@code regime - reference} in each of {@code metrics}.
     *
     * @param regime one set of test predictions per seed
     * @param reference one per seed, in the same seed order, each on the same items as the regime's
     * @throws IllegalArgumentException when the lists are empty or of different lengths, a seed's two sets
     *         differ in items, classes, labels or which items have a human distribution, or the resampling
     *         parameters are invalid
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static List<PairedDifference> compare(List<ItemPredictions> regime, List<ItemPredictions> reference,
            List<HeadlineMetric> metrics, int bins, int resamples, double level, long seed, ProgressMonitor monitor) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(metrics, "metrics");
        ItemBootstrap.checkResampling(resamples, level);
        int seeds = regime.size();
        if (seeds == 0 || reference.size() != seeds) {
            throw new IllegalArgumentException("a paired comparison needs the same number (>= 1) of seeds for the"
                    + " regime and the reference, got " + seeds + " and " + reference.size());
        }
        int m = metrics.size();
        double[] difference = new double[m];
        double[][] replicates = new double[m][resamples];
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Paired bootstrap", (long) seeds * resamples);
        SplittableRandom root = new SplittableRandom(seed);
        for (int s = 0; s < seeds; s++) {
            ResampleTable a = new ResampleTable(regime.get(s), bins);
            ResampleTable b = new ResampleTable(reference.get(s), bins);
            checkPaired(s, regime.get(s), reference.get(s), a, b);
            int n = a.items();
            int[] counts = new int[n];
            Arrays.fill(counts, 1);
            for (int j = 0; j < m; j++) {
                HeadlineMetric metric = metrics.get(j);
                difference[j] += a.value(metric, counts, n) - b.value(metric, counts, n);
            }
            SplittableRandom rng = root.split();
            for (int r = 0; r < resamples; r++) {
                pm.checkCancelled();
                ItemBootstrap.draw(rng, counts);
                for (int j = 0; j < m; j++) {
                    HeadlineMetric metric = metrics.get(j);
                    replicates[j][r] += a.value(metric, counts, n) - b.value(metric, counts, n);
                }
                pm.worked(1);
            }
        }
        pm.done();
        List<PairedDifference> out = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            double[] v = replicates[j];
            for (int r = 0; r < resamples; r++) {
                v[r] /= seeds;
            }
            out.add(new PairedDifference(metrics.get(j), seeds,
                    ItemBootstrap.interval(difference[j] / seeds, v, metrics.get(j).binned(), level)));
        }
        return out;
    }

    private static void checkPaired(int s, ItemPredictions x, ItemPredictions y, ResampleTable a, ResampleTable b) {
        if (x.items() != y.items() || x.predictions().classes() != y.predictions().classes()) {
            throw new IllegalArgumentException("seed " + s + ": the regime has " + x.items() + " test items x "
                    + x.predictions().classes() + " classes but the reference has " + y.items() + " x "
                    + y.predictions().classes() + "; a paired comparison needs the same test items");
        }
        int[] la = a.labels();
        int[] lb = b.labels();
        for (int i = 0; i < la.length; i++) {
            if (la[i] != lb[i] || a.hasHuman(i) != b.hasHuman(i)) {
                throw new IllegalArgumentException("seed " + s + ", test item " + i + ": the regime and the reference"
                        + " differ in " + (la[i] != lb[i] ? "label (" + la[i] + " vs " + lb[i] + ")"
                                : "whether the item has a human distribution")
                        + "; a paired comparison needs the same test items in the same order");
            }
        }
    }
}
