package org.hillmix.core.coverage;

/**
 * A pair of items proposed for mixing.
 *
 * @param first index of item 1 (mixed with weight lambda)
 * @param second index of item 2
 * @param score the ranking's score (gap strategy: gap cells newly covered; disagreement strategy:
 *            the pair's mean disagreement)
 * @param gapCells gap cells the interpolation path crosses (0 for the disagreement strategy)
 */
public record SuggestedPair(int first, int second, double score, int gapCells) {

    /** @throws IllegalArgumentException when an index is negative or both are the same */
    public SuggestedPair {
        if (first < 0 || second < 0 || first == second) {
            throw new IllegalArgumentException("a pair needs two different item indices, got " + first + " and "
                    + second);
        }
    }
}
