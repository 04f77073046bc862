package org.hillmix.server.train;

import java.util.SplittableRandom;

import org.hillmix.core.mixup.BetaDistribution;

/**
 * Turns the (augmented) images of a batch into a {@link TrainingBatch}: the regime-specific
 * part of training. Pure Java; {@link #forRegime} builds the recipe of each {@link Regime}.
 */
@FunctionalInterface
interface BatchRecipe {

    /**
     * @param items train indices of the batch, in batch order
     * @param images the items' images after augmentation (fresh copies the recipe may keep)
     * @param rng the run's seeded target stream
     */
    TrainingBatch make(int[] items, float[][] images, SplittableRandom rng);

    /** Per-item targets, images unchanged. */
    static BatchRecipe perItem(ItemTargets targets) {
        return (items, images, rng) -> {
            double[][] y = new double[items.length][];
            for (int i = 0; i < items.length; i++) {
                y[i] = targets.target(items[i], rng);
            }
            return new TrainingBatch(items, images, y);
        };
    }

    /**
     * Checks the regime's per-item data against the training set and returns its recipe.
     *
     * @throws IllegalArgumentException when the regime's arrays do not fit the training set
     */
    static BatchRecipe forRegime(Regime regime, ExampleSet train) {
        int[] labels = train.labels();
        int k = train.numClasses();
        return switch (regime) {
            case Regime.Hard h -> perItem(ItemTargets.hard(labels, k));
            case Regime.LabelSmoothing s -> perItem(ItemTargets.smoothed(labels, k, s.smoothing()));
            case Regime.Votes v -> perItem(ItemTargets.fixed(normalisedVotes(v.votes(), train)));
            case Regime.HumanSoft hs -> perItem(new HumanSoftTargets(hs.perItemAnnotatorLabels(),
                    hs.sampleAnnotator(), labels, k));
            case Regime.Mixup m -> new MixupRecipe(BetaDistribution.symmetric(m.alpha()), PairLabels.mixup(labels, k));
            case Regime.HumanMixup hm -> new MixupRecipe(BetaDistribution.symmetric(hm.alpha()),
                    PairLabels.humanMixup(labels, k, hm.perception(), hm.judgedLabels()));
        };
    }

    private static double[][] normalisedVotes(double[][] votes, ExampleSet train) {
        if (votes.length != train.size()) {
            throw new IllegalArgumentException("votes regime: votes are given for " + votes.length
                    + " items but the training set has " + train.size() + "; give one row per train item, in "
                    + "train order");
        }
        double[][] y = new double[votes.length][];
        for (int i = 0; i < votes.length; i++) {
            y[i] = SoftTargets.normalised(votes[i], train.numClasses(), "votes regime: votes of train item " + i);
        }
        return y;
    }
}
