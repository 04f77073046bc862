package org.hillmix.server.eval.data;

import org.hillmix.core.data.ClassSet;

/**
 * Procedural images with their known ground truth, made by {@link SyntheticImages}.
 *
 * @param classes the class names
 * @param size image side in pixels (images are RGB, {@code 3 x size x size})
 * @param images images flattened CHW, values in [0, 1]
 * @param labels hard label of each image: the class with the larger blend weight
 * @param trueMixture the true class mixture of each image: one-hot for pure images, {@code w} on the label and
 *     {@code 1 - w} on the second class for blends
 * @param secondClass the second class of a blend, or -1 for a pure image
 * @param blendWeight {@code w}, the weight of the label's prototype (1 for a pure image)
 */
public record SyntheticDataset(ClassSet classes, int size, float[][] images, int[] labels, double[][] trueMixture,
        int[] secondClass, double[] blendWeight) {

    /** Number of images. */
    public int count() {
        return images.length;
    }

    /** Whether image {@code i} is a blend of two classes. */
    public boolean isBlend(int i) {
        return secondClass[i] >= 0;
    }
}
