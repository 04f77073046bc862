package org.hillmix.core.metrics;

import java.util.Objects;

/**
 * Epoch-to-epoch instability of the training items' predictions, after Toneva et al. ("An empirical study of
 * example forgetting during deep neural network learning", ICLR 2019), from whether each training item was
 * predicted correctly at the end of each epoch ({@code correct[e][i]}, {@code E} epochs, {@code N} items):
 * <ul>
 * <li>a <b>forgetting event</b> is a transition from correct at epoch {@code e} to wrong at {@code e + 1};</li>
 * <li>the <b>flip rate</b> is the fraction of the {@code N (E - 1)} consecutive-epoch transitions in which the
 * correctness changed (either way);</li>
 * <li>the <b>forgetting rate</b> is forgetting events over {@code N (E - 1)};</li>
 * <li><b>unforgettable</b> items were correct at least once and had no forgetting event; <b>never learnt</b>
 * items were wrong at every epoch (Toneva et al. count these as forgotten infinitely often).</li>
 * </ul>
 * Difference from the paper: Toneva et al. look at every mini-batch presentation of an item (its prediction on
 * the augmented image it was trained on); HILLmix looks once per epoch, at the un-augmented image after the
 * epoch, so it counts fewer events. Rates are NaN with fewer than two epochs.
 *
 * @param items {@code N}
 * @param epochs {@code E}
 * @param forgettingEvents total number of forgetting events
 * @param forgettingRate forgetting events over {@code N (E - 1)}
 * @param flipRate correctness changes over {@code N (E - 1)}
 * @param unforgettableFraction fraction of items correct at least once and never forgotten
 * @param neverLearntFraction fraction of items never correct
 */
public record ForgettingEvents(int items, int epochs, long forgettingEvents, double forgettingRate, double flipRate,
        double unforgettableFraction, double neverLearntFraction) {

    /**
     * Counts the events of {@code correct[epoch][item]}.
     *
     * @throws IllegalArgumentException when there are no epochs or no items, or epochs have different item counts
     */
    public static ForgettingEvents of(boolean[][] correct) {
        Objects.requireNonNull(correct, "correct");
        if (correct.length == 0 || correct[0] == null || correct[0].length == 0) {
            throw new IllegalArgumentException("forgetting events need at least one epoch of at least one item");
        }
        int n = correct[0].length;
        for (int e = 1; e < correct.length; e++) {
            if (correct[e] == null || correct[e].length != n) {
                throw new IllegalArgumentException("epoch " + (e + 1) + " has "
                        + (correct[e] == null ? 0 : correct[e].length) + " items but epoch 1 has " + n);
            }
        }
        int epochs = correct.length;
        long forgetting = 0;
        long flips = 0;
        int unforgettable = 0;
        int neverLearnt = 0;
        for (int i = 0; i < n; i++) {
            boolean everCorrect = correct[0][i];
            boolean forgotten = false;
            for (int e = 1; e < epochs; e++) {
                boolean before = correct[e - 1][i];
                boolean now = correct[e][i];
                if (before != now) {
                    flips++;
                    if (before) {
                        forgetting++;
                        forgotten = true;
                    }
                }
                everCorrect |= now;
            }
            if (!everCorrect) {
                neverLearnt++;
            } else if (!forgotten) {
                unforgettable++;
            }
        }
        double transitions = (double) n * (epochs - 1);
        return new ForgettingEvents(n, epochs, forgetting, epochs < 2 ? Double.NaN : forgetting / transitions,
                epochs < 2 ? Double.NaN : flips / transitions, (double) unforgettable / n, (double) neverLearnt / n);
    }
}
