package org.hillmix.core.results;

/**
 * One annotator's agreement figures.
 *
 * @param annotator the annotator id
 * @param judgments number of judgments (all protocols, repeats included)
 * @param repeatPairs number of repeat pairs (first answer and repeat of the same item)
 * @param repeatSameTop share of repeat pairs with the same most probable class (categorical), or
 *     {@code NaN} without pairs
 * @param repeatLambdaMae mean absolute difference of the perceived lambdas of repeat pairs
 *     (mixing-factor, construct and select protocols), or {@code NaN} without pairs
 * @param meanDivergenceToOthers mean Jensen-Shannon divergence (bits) between this annotator's
 *     labels and other annotators' labels of the same items, or {@code NaN} without shared items
 * @param excluded whether the exclusion policy excludes the annotator
 * @param exclusionReasons which rules fired, empty when none
 */
public record AnnotatorResult(String annotator, int judgments, int repeatPairs, double repeatSameTop,
        double repeatLambdaMae, double meanDivergenceToOthers, boolean excluded, String exclusionReasons) {
}
