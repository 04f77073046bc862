package org.hillmix.core.metrics;

/**
 * One bin of a top-label reliability diagram: the examples whose confidence lies in
 * {@code (lower, upper]} (the first bin also holds confidence 0).
 *
 * @param lower lower edge {@code b/B}
 * @param upper upper edge {@code (b+1)/B}
 * @param count number of examples in the bin
 * @param meanConfidence mean top-label confidence of those examples; NaN when the bin is empty
 * @param accuracy fraction of them whose predicted class is the label; NaN when the bin is empty
 */
public record ReliabilityBin(double lower, double upper, long count, double meanConfidence, double accuracy) {

    /** {@code |accuracy - meanConfidence|}; NaN for an empty bin. */
    public double gap() {
        return Math.abs(accuracy - meanConfidence);
    }

    /** Whether no example fell in the bin. */
    public boolean isEmpty() {
        return count == 0;
    }
}
