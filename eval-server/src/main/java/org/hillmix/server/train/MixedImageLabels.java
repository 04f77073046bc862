package org.hillmix.server.train;

/**
 * Human labels judged for specific mixup images, looked up by the two train items and the mixing
 * factor. Used by {@link Regime.HumanMixup} before it falls back to its {@link PerceptionMap}.
 *
 * <p>The factor asked for is the one sampled during training (a Beta draw), so an implementation
 * decides how close a judged factor must be to count as the same image; it must answer
 * {@code null} when it has no label.
 */
@FunctionalInterface
public interface MixedImageLabels {

    /**
     * The human soft label of {@code lambda * image(trainIndex1) + (1 - lambda) * image(trainIndex2)}.
     *
     * @param trainIndex1 index of image 1 in the training {@link ExampleSet}
     * @param trainIndex2 index of image 2 in the training {@link ExampleSet}
     * @param lambda share of image 1 in the mixture
     * @return a distribution over the classes (non-negative; it is normalised to sum 1), or
     *         {@code null} when no human judged this image
     */
    double[] labelFor(int trainIndex1, int trainIndex2, double lambda);

    /** No judged images: every pair falls back to the perception map. */
    MixedImageLabels NONE = (trainIndex1, trainIndex2, lambda) -> null;
}
