package org.hillmix.server.train;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Plans epochs and assembles batches from the training set: a seeded shuffle per epoch, the
 * optional augmentation of every image, then the regime's {@link BatchRecipe}. Pure Java.
 *
 * <p>Three independent streams are split, in this order, from the run's random source: shuffling,
 * augmentation, targets (annotator sampling and mixup). Keeping them apart means that switching
 * augmentation off does not change the order of items or the mixup draws.
 */
final class BatchAssembler {

    private final ExampleSet train;
    private final BatchRecipe recipe;
    private final boolean augment;
    private final int batchSize;
    private final SplittableRandom shuffleRng;
    private final SplittableRandom augmentRng;
    private final SplittableRandom targetRng;

    BatchAssembler(ExampleSet train, BatchRecipe recipe, boolean augment, int batchSize, SplittableRandom random) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training set is empty; give at least one example");
        }
        this.train = train;
        this.recipe = recipe;
        this.augment = augment;
        this.batchSize = batchSize;
        this.shuffleRng = random.split();
        this.augmentRng = random.split();
        this.targetRng = random.split();
    }

    /**
     * Batches per epoch: {@code ceil(N / batchSize)}, the last holding the remainder, except that a
     * remainder of a single example joins the previous batch (a batch of one gives batch norm no
     * spread to normalise by, and fails in training mode where the spatial size is 1x1).
     */
    int batchesPerEpoch() {
        int n = train.size();
        int batches = (n + batchSize - 1) / batchSize;
        return batches > 1 && n % batchSize == 1 ? batches - 1 : batches;
    }

    /** A fresh random order of all train indices for the next epoch. */
    int[] nextEpochOrder() {
        return MixupRecipe.permutation(train.size(), shuffleRng);
    }

    /** The train indices of batch {@code b} of an epoch with the given order; the last takes the rest. */
    int[] batchItems(int[] order, int b) {
        int from = b * batchSize;
        int to = b == batchesPerEpoch() - 1 ? order.length : from + batchSize;
        return Arrays.copyOfRange(order, from, to);
    }

    /** Augments (when enabled) and applies the recipe. */
    TrainingBatch assemble(int[] items) {
        float[][] images = new float[items.length][];
        for (int i = 0; i < items.length; i++) {
            float[] src = train.images()[items[i]];
            images[i] = augment
                    ? Augmenter.augment(src, train.channels(), train.height(), train.width(), augmentRng)
                    : src.clone();
        }
        return recipe.make(items, images, targetRng);
    }
}
