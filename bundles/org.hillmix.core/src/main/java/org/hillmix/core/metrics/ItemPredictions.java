package org.hillmix.core.metrics;

import java.util.Objects;

/**
 * The test predictions of one trained model together with the human label distribution of each test item
 * that has one: the unit that {@link PairedBootstrap} resamples.
 *
 * @param predictions the model's probabilities and the hard labels (their own soft targets, if any, are
 *        ignored here)
 * @param human per test item its human distribution over the classes, {@code null} for an item without one;
 *        or {@code null} altogether when no item has one. Rows are validated like probabilities (finite,
 *        {@code >= 0}, summing to 1 within {@link Predictions#ROW_SUM_TOLERANCE}).
 */
public record ItemPredictions(Predictions predictions, double[][] human) {

    /**
     * Checks the human rows against the predictions.
     *
     * @throws IllegalArgumentException when {@code human} has another number of rows, or a row is not a
     *         distribution over the classes
     */
    public ItemPredictions {
        Objects.requireNonNull(predictions, "predictions");
        if (human != null) {
            Validation.sameRows("human targets", human.length, "predictions", predictions.rows());
            human = human.clone();
            for (int i = 0; i < human.length; i++) {
                double[] row = human[i];
                if (row != null) {
                    if (row.length != predictions.classes()) {
                        throw new IllegalArgumentException("human targets row " + i + " has " + row.length
                                + " values; expected " + predictions.classes() + " (one per class)");
                    }
                    Validation.probabilityRow("human targets", row, 0, row.length, i);
                }
            }
        }
    }

    /** Predictions without human labels. */
    public static ItemPredictions of(Predictions predictions) {
        return new ItemPredictions(predictions, null);
    }

    /** Number of test items. */
    public int items() {
        return predictions.rows();
    }

    /** Whether item {@code i} has a human distribution. */
    public boolean hasHuman(int i) {
        return human != null && human[i] != null;
    }

    /** The number of items with a human distribution. */
    public int humanItems() {
        int count = 0;
        for (int i = 0; i < items(); i++) {
            if (hasHuman(i)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public double[][] human() {
        return human == null ? null : human.clone();
    }

    /** The row of item {@code i} (not a copy), or {@code null}. */
    double[] humanRow(int i) {
        return human == null ? null : human[i];
    }
}
