package org.hillmix.server.train;

import java.util.SplittableRandom;

/**
 * The training target of one train item, for the regimes that do not mix images (and as the
 * per-item input of none: mixup regimes use hard labels). Pure Java.
 */
@FunctionalInterface
interface ItemTargets {

    /**
     * The target distribution of train item {@code item} for one occurrence in a batch.
     *
     * @param rng the run's seeded target stream (only regimes that sample draw from it)
     */
    double[] target(int item, SplittableRandom rng);

    /** Hard regime: {@code onehot(label_i)}. */
    static ItemTargets hard(int[] labels, int numClasses) {
        return (item, rng) -> SoftTargets.oneHot(labels[item], numClasses);
    }

    /** Label smoothing: {@code (1 - s) onehot(label_i) + s / K}. */
    static ItemTargets smoothed(int[] labels, int numClasses, double smoothing) {
        return (item, rng) -> SoftTargets.smoothed(labels[item], numClasses, smoothing);
    }

    /** Fixed per-item distributions (votes, annotator means); {@code targets[i]} already normalised. */
    static ItemTargets fixed(double[][] targets) {
        return (item, rng) -> targets[item].clone();
    }
}
