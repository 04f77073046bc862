package org.hillmix.server.train;

import java.util.SplittableRandom;

/**
 * Human-soft regime targets: per item either the mean of its annotators' (normalised)
 * distributions, or the distribution of one annotator drawn uniformly each time the item is
 * used. Items without annotators get {@code onehot(label)}. Pure Java.
 */
final class HumanSoftTargets implements ItemTargets {

    private final double[][][] annotatorLabels;
    private final double[][] meanLabels;
    private final boolean sampleAnnotator;

    /**
     * Checks and normalises the annotator labels.
     *
     * @param perItemAnnotatorLabels one list of annotator distributions per train item
     * @param labels hard labels of the train items (the fallback)
     */
    HumanSoftTargets(double[][][] perItemAnnotatorLabels, boolean sampleAnnotator, int[] labels, int numClasses) {
        if (perItemAnnotatorLabels.length != labels.length) {
            throw new IllegalArgumentException("human-soft regime: annotator labels are given for "
                    + perItemAnnotatorLabels.length + " items but the training set has " + labels.length
                    + "; give one (possibly empty) list per train item, in train order");
        }
        this.sampleAnnotator = sampleAnnotator;
        annotatorLabels = new double[labels.length][][];
        meanLabels = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            double[][] given = perItemAnnotatorLabels[i];
            if (given == null || given.length == 0) {
                annotatorLabels[i] = new double[][] {SoftTargets.oneHot(labels[i], numClasses)};
            } else {
                annotatorLabels[i] = new double[given.length][];
                for (int a = 0; a < given.length; a++) {
                    annotatorLabels[i][a] = SoftTargets.normalised(given[a], numClasses,
                            "human-soft regime: label of annotator " + a + " for train item " + i);
                }
            }
            meanLabels[i] = SoftTargets.mean(annotatorLabels[i]);
        }
    }

    @Override
    public double[] target(int item, SplittableRandom rng) {
        if (!sampleAnnotator) {
            return meanLabels[item].clone();
        }
        double[][] candidates = annotatorLabels[item];
        // Draw even for single-annotator items so the stream does not depend on annotator counts.
        int pick = rng.nextInt(candidates.length);
        return candidates[pick].clone();
    }
}
