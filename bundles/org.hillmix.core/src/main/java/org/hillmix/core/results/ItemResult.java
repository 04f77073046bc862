package org.hillmix.core.results;

import java.util.List;
import java.util.Set;

import org.hillmix.core.labels.AnnotatorLabel;

/**
 * One item's soft labels.
 *
 * @param item the item id
 * @param mean the aggregated soft label: the mean of the annotators' labels
 * @param entropyBits Shannon entropy of {@code mean} in bits, {@code -sum p log2 p}
 * @param annotators number of distinct annotators with a label for the item
 * @param flags names of the answer flags raised on any of the item's answers, sorted
 * @param disagreement mean Jensen-Shannon divergence (in bits, so in [0, 1]) over all pairs of
 *     the item's labels from different annotators; {@code NaN} with fewer than two annotators
 * @param labels each annotator's label (repeat trials left out)
 */
public record ItemResult(String item, double[] mean, double entropyBits, int annotators, Set<String> flags,
        double disagreement, List<AnnotatorLabel> labels) {

    /** Copies the collections. */
    public ItemResult {
        mean = mean.clone();
        flags = Set.copyOf(flags);
        labels = List.copyOf(labels);
    }

    /** The aggregated label (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** Index of the most probable class of the aggregated label (lowest index on ties). */
    public int top() {
        int best = 0;
        for (int i = 1; i < mean.length; i++) {
            if (mean[i] > mean[best]) {
                best = i;
            }
        }
        return best;
    }
}
