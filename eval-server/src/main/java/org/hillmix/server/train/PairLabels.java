package org.hillmix.server.train;

/**
 * The target of a mixed pair {@code lambda x1 + (1 - lambda) x2}; one implementation per mixup
 * regime. Pure Java.
 */
@FunctionalInterface
interface PairLabels {

    /**
     * @param item1 train index of image 1
     * @param item2 train index of image 2
     * @param lambda share of image 1
     * @return the target distribution over the K classes
     */
    double[] label(int item1, int item2, double lambda);

    /** Mixup: {@code lambda onehot(label_1) + (1 - lambda) onehot(label_2)}. */
    static PairLabels mixup(int[] labels, int numClasses) {
        return (item1, item2, lambda) -> SoftTargets.mix(SoftTargets.oneHot(labels[item1], numClasses),
                SoftTargets.oneHot(labels[item2], numClasses), lambda);
    }

    /**
     * Human mixup: the judged label of this mixed image when there is one (normalised), else
     * {@code q onehot(label_1) + (1 - q) onehot(label_2)} with {@code q} the perceived share of
     * image 1. A pair of an image with itself keeps {@code onehot(label)}: mixing changes nothing.
     */
    static PairLabels humanMixup(int[] labels, int numClasses, PerceptionMap perception,
            MixedImageLabels judged) {
        return (item1, item2, lambda) -> {
            if (item1 == item2) {
                return SoftTargets.oneHot(labels[item1], numClasses);
            }
            double[] human = judged.labelFor(item1, item2, lambda);
            if (human != null) {
                return SoftTargets.normalised(human, numClasses, "human-mixup regime: judged label of train items "
                        + item1 + " and " + item2 + " at lambda " + lambda);
            }
            int class1 = labels[item1];
            int class2 = labels[item2];
            double q = perception.perceivedLambda(lambda, class1, class2);
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("human-mixup regime: perception map returned " + q
                        + " for lambda " + lambda + ", classes " + class1 + " and " + class2
                        + "; a perceived share must lie in [0, 1]");
            }
            return SoftTargets.mix(SoftTargets.oneHot(class1, numClasses), SoftTargets.oneHot(class2, numClasses),
                    q);
        };
    }
}
