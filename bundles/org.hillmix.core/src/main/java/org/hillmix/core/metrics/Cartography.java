package org.hillmix.core.metrics;

/**
 * Training dynamics of each training item (Swayamdipta et al., "Dataset Cartography", EMNLP 2020)
 * over {@code E} epochs, from the probability {@code p_e(i)} the model gave item {@code i}'s
 * target class at the end of epoch {@code e}:
 * <ul>
 * <li>confidence {@code mu_i = (1/E) sum_e p_e(i)};</li>
 * <li>variability {@code sigma_i = sqrt((1/E) sum_e (p_e(i) - mu_i)^2)}, the POPULATION standard
 * deviation (divisor {@code E}, as the paper's code computes it with numpy's default), so one
 * epoch gives 0;</li>
 * <li>correctness: the fraction of epochs in which the predicted class was the target.</li>
 * </ul>
 * Arrays are indexed by item; accessors return copies.
 *
 * @param epochs number of epochs {@code E}
 * @param confidence per-item mean target probability
 * @param variability per-item population standard deviation of the target probability
 * @param correctness per-item fraction of correct epochs
 */
public record Cartography(int epochs, double[] confidence, double[] variability, double[] correctness) {

    /** Copies the arrays. */
    public Cartography {
        confidence = confidence.clone();
        variability = variability.clone();
        correctness = correctness.clone();
    }

    @Override
    public double[] confidence() {
        return confidence.clone();
    }

    @Override
    public double[] variability() {
        return variability.clone();
    }

    @Override
    public double[] correctness() {
        return correctness.clone();
    }

    /** Number of items. */
    public int items() {
        return confidence.length;
    }

    /** Confidence of item {@code i}. */
    public double confidence(int i) {
        return confidence[i];
    }

    /** Variability of item {@code i}. */
    public double variability(int i) {
        return variability[i];
    }

    /** Correctness of item {@code i}. */
    public double correctness(int i) {
        return correctness[i];
    }
}
