package org.hillmix.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Calibration split by item difficulty, difficulty being the entropy (nats) of the item's human label
 * distribution. The test items that have a human distribution are split at the 1/3 and 2/3 percentiles
 * {@code q1 <= q2} of their entropies (Hyndman-Fan type 7, {@link Bootstrap#percentile}): <b>easy</b>
 * {@code H <= q1}, <b>medium</b> {@code q1 < H <= q2}, <b>hard</b> {@code H > q2}. An item's group depends only
 * on its own entropy, so items with equal entropy (e.g. the many unanimous items, {@code H = 0}) share a group
 * and the groups need not be of equal size; a group can be empty. Each non-empty group gets the full
 * {@link MetricReport} of its items (accuracy, NLL, ECE, debiased ECE, ...), items without a human distribution
 * being left out.
 *
 * @param q1 the 1/3 percentile of the entropies
 * @param q2 the 2/3 percentile
 * @param groups easy, medium, hard, in that order
 */
public record DifficultyTerciles(double q1, double q2, List<Group> groups) {

    /**
     * One difficulty group.
     *
     * @param name "easy", "medium" or "hard"
     * @param items number of test items in it
     * @param minEntropy the smallest human-label entropy in the group (NaN when empty)
     * @param maxEntropy the largest (NaN when empty)
     * @param metrics the metrics of its items, or {@code null} when it is empty
     */
    public record Group(String name, int items, double minEntropy, double maxEntropy, MetricReport metrics) {
    }

    /** Copies the list. */
    public DifficultyTerciles {
        groups = List.copyOf(groups);
    }

    /**
     * The terciles of {@code items} with {@code bins} calibration bins.
     *
     * @return {@code null} when no item has a human distribution
     */
    public static DifficultyTerciles of(ItemPredictions items, int bins) {
        Objects.requireNonNull(items, "items");
        Validation.bins(bins);
        Predictions p = items.predictions();
        int k = p.classes();
        int n = p.rows();
        double[] entropy = new double[n];
        List<Double> present = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] h = items.humanRow(i);
            entropy[i] = h == null ? Double.NaN : Divergences.entropy(h, 0, k);
            if (h != null) {
                present.add(entropy[i]);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        double[] sorted = present.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double q1 = Bootstrap.percentile(sorted, 1.0 / 3);
        double q2 = Bootstrap.percentile(sorted, 2.0 / 3);
        String[] names = {"easy", "medium", "hard"};
        List<Group> groups = new ArrayList<>(3);
        double[] flat = p.flatProbabilities();
        int[] labels = p.labelArray();
        for (int g = 0; g < 3; g++) {
            CalibrationAccumulator acc = new CalibrationAccumulator(k, bins);
            double min = Double.NaN;
            double max = Double.NaN;
            for (int i = 0; i < n; i++) {
                double h = entropy[i];
                if (Double.isNaN(h) || group(h, q1, q2) != g) {
                    continue;
                }
                acc.add(flat, i * k, labels[i], items.humanRow(i), 0);
                min = Double.isNaN(min) ? h : Math.min(min, h);
                max = Double.isNaN(max) ? h : Math.max(max, h);
            }
            groups.add(new Group(names[g], acc.count(), min, max, acc.count() == 0 ? null : acc.report()));
        }
        return new DifficultyTerciles(q1, q2, groups);
    }

    private static int group(double h, double q1, double q2) {
        return h <= q1 ? 0 : h <= q2 ? 1 : 2;
    }
}
