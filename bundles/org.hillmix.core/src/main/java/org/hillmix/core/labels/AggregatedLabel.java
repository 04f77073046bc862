package org.hillmix.core.labels;

import java.util.Arrays;
import java.util.Objects;

/**
 * The mean soft label of one item over its annotators.
 *
 * @param item item identifier
 * @param annotators number of labels averaged
 * @param mean the mean probabilities (accessor returns a copy; use {@link #probability(int)})
 * @param entropy Shannon entropy of {@code mean} in nats (natural logarithm)
 */
public record AggregatedLabel(String item, int annotators, double[] mean, double entropy) {

    /** Copies the mean. */
    public AggregatedLabel {
        Objects.requireNonNull(item, "item");
        mean = Objects.requireNonNull(mean, "mean").clone();
    }

    /** A copy of the mean probabilities. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** Mean probability of class {@code index}. */
    public double probability(int index) {
        return mean[index];
    }

    /** Number of classes. */
    public int size() {
        return mean.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AggregatedLabel other && item.equals(other.item) && annotators == other.annotators
                && Arrays.equals(mean, other.mean) && Double.compare(entropy, other.entropy) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, annotators, Arrays.hashCode(mean), entropy);
    }

    @Override
    public String toString() {
        return "AggregatedLabel[item=" + item + ", annotators=" + annotators + ", mean=" + Arrays.toString(mean)
                + ", entropy=" + entropy + "]";
    }
}
