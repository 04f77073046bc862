package org.hillmix.server.train;

/**
 * How the training targets of a batch are made; one record per regime. Targets are
 * distributions over the K classes and the loss is the soft-target cross-entropy
 * {@code -sum_k y_k log softmax(z)_k}, averaged over the batch (docs/training.md).
 *
 * <p>The records check what they can on their own; {@link TrainingOperation} checks the
 * per-item arrays against the training set (one entry per train item, K values each).
 * Distributions given per item (annotator labels, votes, judged mixed-image labels) are
 * normalised by their sum, so counts are accepted; negative values, NaN or an all-zero row
 * are rejected with the item index in the message.
 */
public sealed interface Regime permits Regime.Hard, Regime.HumanSoft, Regime.Votes, Regime.LabelSmoothing,
        Regime.Mixup, Regime.HumanMixup {

    /** Stable identifier: "hard", "human-soft", "votes", "label-smoothing", "mixup", "human-mixup". */
    String id();

    /** One-hot targets of the hard labels: {@code y = onehot(label)}. */
    record Hard() implements Regime {
        @Override
        public String id() {
            return "hard";
        }
    }

    /**
     * Targets from individual annotators' soft labels.
     *
     * @param perItemAnnotatorLabels {@code perItemAnnotatorLabels[i][a]} is annotator a's
     *        distribution for train item i; an item with no annotators (empty or null list) falls
     *        back to the one-hot hard label
     * @param sampleAnnotator {@code false}: train on the mean of the item's annotator
     *        distributions; {@code true}: each time the item appears in a batch, one of its
     *        annotators is drawn uniformly (seeded) and their distribution is the target
     */
    record HumanSoft(double[][][] perItemAnnotatorLabels, boolean sampleAnnotator) implements Regime {
        /** Rejects a missing array. */
        public HumanSoft {
            if (perItemAnnotatorLabels == null) {
                throw new IllegalArgumentException("human-soft regime: perItemAnnotatorLabels is null; give one "
                        + "(possibly empty) list of annotator distributions per train item");
            }
        }

        @Override
        public String id() {
            return "human-soft";
        }
    }

    /**
     * Targets from vote distributions (CIFAR-10H style): {@code y = votes[i] / sum(votes[i])}.
     *
     * @param votes {@code votes[i]} is the vote count or distribution of train item i
     */
    record Votes(double[][] votes) implements Regime {
        /** Rejects a missing array. */
        public Votes {
            if (votes == null) {
                throw new IllegalArgumentException("votes regime: votes is null; give one vote distribution per "
                        + "train item");
            }
        }

        @Override
        public String id() {
            return "votes";
        }
    }

    /**
     * Label smoothing: {@code y = (1 - s) * onehot(label) + s / K}.
     *
     * @param smoothing s in [0, 1]
     */
    record LabelSmoothing(double smoothing) implements Regime {
        /** Rejects s outside [0, 1]. */
        public LabelSmoothing {
            if (!(smoothing >= 0 && smoothing <= 1)) {
                throw new IllegalArgumentException("label-smoothing regime: smoothing must be in [0, 1], got "
                        + smoothing);
            }
        }

        @Override
        public String id() {
            return "label-smoothing";
        }
    }

    /**
     * Mixup (Zhang et al. 2018): each example i of a batch is mixed with partner p(i), where p is
     * a seeded random permutation of the batch (the "shuffled batch"), using its own
     * {@code lambda_i ~ Beta(alpha, alpha)}: {@code x = lambda x_i + (1 - lambda) x_p(i)} in pixel
     * space (after augmentation), {@code y = lambda onehot(label_i) + (1 - lambda) onehot(label_p(i))}.
     *
     * @param alpha Beta parameter, &gt; 0
     */
    record Mixup(double alpha) implements Regime {
        /** Rejects a non-positive alpha. */
        public Mixup {
            checkAlpha("mixup", alpha);
        }

        @Override
        public String id() {
            return "mixup";
        }
    }

    /**
     * Mixup with human labels: images and lambdas are drawn exactly as in {@link Mixup}; the target
     * is {@code judgedLabels.labelFor(i, p(i), lambda)} when a human judged that mixed image,
     * otherwise {@code q onehot(label_i) + (1 - q) onehot(label_p(i))} with
     * {@code q = perception.perceivedLambda(lambda, label_i, label_p(i))}. An example paired with
     * itself keeps its one-hot target.
     *
     * @param alpha Beta parameter, &gt; 0
     * @param perception the fitted perception map, not null
     * @param judgedLabels labels of judged mixed images, or null for none
     */
    record HumanMixup(double alpha, PerceptionMap perception, MixedImageLabels judgedLabels) implements Regime {
        /** Rejects a non-positive alpha or a missing perception map; a null judgedLabels means none. */
        public HumanMixup {
            checkAlpha("human-mixup", alpha);
            if (perception == null) {
                throw new IllegalArgumentException("human-mixup regime: perception map is null; use "
                        + "PerceptionMap.IDENTITY for plain mixup labels");
            }
            if (judgedLabels == null) {
                judgedLabels = MixedImageLabels.NONE;
            }
        }

        @Override
        public String id() {
            return "human-mixup";
        }
    }

    private static void checkAlpha(String regime, double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(regime + " regime: alpha must be a finite number > 0, got " + alpha);
        }
    }
}
