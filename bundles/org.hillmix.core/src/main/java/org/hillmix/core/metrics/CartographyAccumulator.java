package org.hillmix.core.metrics;

import java.util.Objects;

/**
 * Builds a {@link Cartography} epoch by epoch: after each training epoch, feed every training
 * item's target-class probability and whether its prediction was right, then ask for
 * {@link #result()}. Uses Welford's running mean and sum of squared deviations per item, so
 * memory is three numbers per item whatever the number of epochs. Not thread-safe.
 */
public final class CartographyAccumulator {

    private final int items;
    private final double[] mean;
    private final double[] m2;
    private final int[] correct;
    private int epochs;

    /**
     * @param items number of training items, {@code >= 1}
     */
    public CartographyAccumulator(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("cartography needs at least one item, got " + items);
        }
        this.items = items;
        mean = new double[items];
        m2 = new double[items];
        correct = new int[items];
    }

    /**
     * Adds one epoch.
     *
     * @param targetProbability per item, the probability of its target class, in {@code [0, 1]}
     * @param isCorrect per item, whether the predicted class (argmax, lowest index on ties) was the target
     * @throws IllegalArgumentException when a length differs from the number of items or a probability
     *         is outside {@code [0, 1]}; the accumulator is then unchanged
     */
    public void addEpoch(double[] targetProbability, boolean[] isCorrect) {
        Objects.requireNonNull(targetProbability, "targetProbability");
        Objects.requireNonNull(isCorrect, "isCorrect");
        checkLength("target probabilities", targetProbability.length);
        checkLength("correctness flags", isCorrect.length);
        for (int i = 0; i < items; i++) {
            double v = targetProbability[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("epoch " + epochs + ": target probability of item " + i + " is "
                        + v + "; must be in [0, 1]");
            }
        }
        epochs++;
        for (int i = 0; i < items; i++) {
            double v = targetProbability[i];
            double d = v - mean[i];
            mean[i] += d / epochs;
            m2[i] += d * (v - mean[i]);
            if (isCorrect[i]) {
                correct[i]++;
            }
        }
    }

    /**
     * Adds one epoch from the full predicted distributions: the target probability is
     * {@code probabilities[i][labels[i]]} and the item is correct when {@link TopLabel#argmax}
     * equals the label.
     *
     * @throws IllegalArgumentException when shapes, probabilities or labels are invalid (see
     *         {@link Predictions}); the accumulator is then unchanged
     */
    public void addEpoch(double[][] probabilities, int[] labels) {
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(labels, "labels");
        checkLength("probability rows", probabilities.length);
        checkLength("labels", labels.length);
        Predictions p = Predictions.of(probabilities, labels, null);
        double[] target = new double[items];
        boolean[] hit = new boolean[items];
        double[] flat = p.flatProbabilities();
        int k = p.classes();
        for (int i = 0; i < items; i++) {
            target[i] = flat[i * k + labels[i]];
            hit[i] = TopLabel.argmax(flat, i * k, k) == labels[i];
        }
        addEpoch(target, hit);
    }

    /**
     * The cartography of a whole training run at once, e.g. from a training result's per-epoch
     * arrays.
     *
     * @param epochTargetProbability {@code [epoch][item]} probability of each item's target class
     * @param epochCorrect {@code [epoch][item]} whether each item was predicted right
     * @throws IllegalArgumentException when there are no epochs or no items, the two arrays have
     *         different numbers of epochs, or an epoch is invalid (see {@link #addEpoch(double[], boolean[])})
     */
    public static Cartography of(double[][] epochTargetProbability, boolean[][] epochCorrect) {
        Objects.requireNonNull(epochTargetProbability, "epochTargetProbability");
        Objects.requireNonNull(epochCorrect, "epochCorrect");
        if (epochTargetProbability.length == 0) {
            throw new IllegalArgumentException("no epochs: cartography needs at least one");
        }
        if (epochCorrect.length != epochTargetProbability.length) {
            throw new IllegalArgumentException(epochTargetProbability.length + " epochs of target probabilities but "
                    + epochCorrect.length + " epochs of correctness flags");
        }
        CartographyAccumulator acc = new CartographyAccumulator(epochTargetProbability[0].length);
        for (int e = 0; e < epochTargetProbability.length; e++) {
            acc.addEpoch(epochTargetProbability[e], epochCorrect[e]);
        }
        return acc.result();
    }

    /** Number of epochs added. */
    public int epochs() {
        return epochs;
    }

    /**
     * The per-item confidence, variability and correctness so far.
     *
     * @throws IllegalStateException when no epoch was added
     */
    public Cartography result() {
        if (epochs == 0) {
            throw new IllegalStateException("no epochs were added; cartography needs at least one");
        }
        double[] variability = new double[items];
        double[] correctness = new double[items];
        for (int i = 0; i < items; i++) {
            variability[i] = Math.sqrt(Math.max(0, m2[i]) / epochs);
            correctness[i] = (double) correct[i] / epochs;
        }
        return new Cartography(epochs, mean, variability, correctness);
    }

    private void checkLength(String what, int length) {
        if (length != items) {
            throw new IllegalArgumentException("epoch " + epochs + ": " + length + " " + what + " for " + items
                    + " items");
        }
    }
}
