package org.hillmix.server.train;

/**
 * One assembled training batch, before it becomes tensors.
 *
 * @param items train indices of the examples (image 1 of each pair for mixup regimes)
 * @param images [example][CHW pixels], augmented and (for mixup regimes) mixed
 * @param targets [example][K] target distributions
 */
record TrainingBatch(int[] items, float[][] images, double[][] targets) {

    /** Number of examples. */
    int size() {
        return items.length;
    }
}
