package org.hillmix.core.agreement;

/**
 * How consistently one annotator answered categorical repeat trials.
 *
 * @param annotator the annotator
 * @param pairs number of (first, repeated) answer pairs
 * @param unmatched repeat trials without a non-repeat answer to the same item (not counted)
 * @param sameTopRate fraction of pairs whose most probable class is the same; {@code NaN} when
 *     {@code pairs == 0}
 * @param meanL1 mean L1 distance between the two soft labels of a pair, in {@code [0, 2]};
 *     {@code NaN} when {@code pairs == 0}
 * @param meanJensenShannon mean Jensen-Shannon divergence (nats) between the two soft labels, in
 *     {@code [0, ln 2]}; {@code NaN} when {@code pairs == 0}
 */
public record CategoricalRepeatConsistency(String annotator, int pairs, int unmatched, double sameTopRate,
        double meanL1, double meanJensenShannon) {
}
