package org.hillmix.server.eval.data;

import java.util.SplittableRandom;

import org.hillmix.core.labels.ControlLabels;
import org.hillmix.server.train.SoftTargets;

/**
 * The training targets of the control regimes ({@code human-soft-mode-aligned}, {@code entropy-matched},
 * {@code random-soft}; definitions in {@link ControlLabels} and docs/soft-labels.md) for every training item,
 * built from the item's human distribution: the human-soft regime's target (the mean of its annotators'
 * normalised soft labels) or its normalised votes, as the regime's {@code from} says. An item without one gets
 * its one-hot label, as under human-soft, and so does every control of it.
 */
public final class ControlTargets {

    /** The three control constructions. */
    public enum Kind {
        /** {@link ControlLabels#modeAligned}. */
        MODE_ALIGNED,
        /** {@link ControlLabels#entropyMatched(double[], int)}. */
        ENTROPY_MATCHED,
        /** {@link ControlLabels#randomSoft}, seeded per job. */
        RANDOM_SOFT
    }

    private ControlTargets() {
    }

    /**
     * The human distribution of every training item: from the annotators' soft labels ({@code votes = false}) or
     * from the votes; {@code null} for an item without any.
     *
     * @param data the job's assembled data
     * @param votes whether to use the votes instead of the annotators' soft labels
     * @return one row per training item, null where the item has no human label
     */
    public static double[][] human(JobData data, boolean votes) {
        int n = data.train().labels().length;
        int k = data.classes().size();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            if (votes) {
                double[] v = data.trainVotes() == null ? null : data.trainVotes()[i];
                out[i] = v == null ? null : SoftTargets.normalised(v, k, "votes of train item " + i);
            } else {
                double[][] a = data.trainAnnotatorLabels() == null ? null : data.trainAnnotatorLabels()[i];
                if (a != null && a.length > 0) {
                    double[][] rows = new double[a.length][];
                    for (int j = 0; j < a.length; j++) {
                        rows[j] = SoftTargets.normalised(a[j], k, "soft label of annotator " + j + " for train item "
                                + i);
                    }
                    out[i] = SoftTargets.mean(rows);
                }
            }
        }
        return out;
    }

    /**
     * The control targets of {@code kind} for items with human distributions {@code human} (null rows: one-hot)
     * and hard labels {@code labels}; {@code seed} fixes the random class orders of {@link Kind#RANDOM_SOFT}
     * (one generator for the whole training set, items in order).
     *
     * @param kind the control construction
     * @param human the human distribution of each item, or null for none
     * @param labels the hard label of each item
     * @param classes the number of classes
     * @param seed seed of the random class orders
     * @return one target distribution per item
     */
    public static double[][] of(Kind kind, double[][] human, int[] labels, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            double[] h = human[i];
            if (h == null) {
                out[i] = SoftTargets.oneHot(labels[i], classes);
                continue;
            }
            // the mean of normalised rows can miss 1 by a few ulps; the constructions check within 1e-6
            out[i] = switch (kind) {
                case MODE_ALIGNED -> ControlLabels.modeAligned(h, labels[i]);
                case ENTROPY_MATCHED -> ControlLabels.entropyMatched(h, labels[i]);
                case RANDOM_SOFT -> ControlLabels.randomSoft(h, labels[i], rng);
            };
        }
        return out;
    }
}
