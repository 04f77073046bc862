package org.hillmix.core.agreement;

/**
 * The mean Jensen-Shannon divergence between two annotators over the items both labelled.
 *
 * @param first the annotator that sorts first
 * @param second the other annotator
 * @param sharedItems number of items both labelled (at least 1)
 * @param meanJensenShannon mean over the shared items of the Jensen-Shannon divergence (nats, in
 *     {@code [0, ln 2]}) between their labels of the item
 */
public record AnnotatorPairDivergence(String first, String second, int sharedItems, double meanJensenShannon) {

    /**
     * {@link #meanJensenShannon()} in bits, in {@code [0, 1]}: the divergence in nats divided by
     * {@code ln 2} (a base-2 logarithm instead of the natural one), the unit the result views show.
     */
    public double meanJensenShannonBits() {
        return meanJensenShannon / Math.log(2);
    }
}
