package org.hillmix.core.mixup;

/**
 * Two dataset items to mix: {@code lambda * image(first) + (1 - lambda) * image(second)}.
 *
 * @param first index of image 1 in the dataset
 * @param second index of image 2 in the dataset
 */
public record ImagePair(int first, int second) {

    /** @throws IllegalArgumentException when an index is negative or both are the same */
    public ImagePair {
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("item indices must be >= 0, got " + first + " and " + second);
        }
        if (first == second) {
            throw new IllegalArgumentException("a pair needs two different items, got " + first + " twice");
        }
    }
}
