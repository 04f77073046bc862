package org.hillmix.core.metrics;

/**
 * {@code B} equal-width bins over {@code [0, 1]}: bin {@code b} (0-based) holds the values in
 * {@code (b/B, (b+1)/B]}; 0 goes to the first bin and values at or above 1 to the last. The edges
 * are the doubles {@code b / (double) B}, and assignment compares against exactly those doubles, so
 * a value equal to an edge lands in the bin that edge closes.
 */
public final class EqualWidthBins {

    private EqualWidthBins() {
    }

    /** The lower edge {@code b/B} of bin {@code b}. */
    public static double lower(int b, int bins) {
        return (double) b / bins;
    }

    /** The upper edge {@code (b+1)/B} of bin {@code b}. */
    public static double upper(int b, int bins) {
        return (double) (b + 1) / bins;
    }

    /** The bin of value {@code v} in {@code [0, 1]}. */
    public static int index(double v, int bins) {
        int b = (int) Math.ceil(v * bins) - 1;
        if (b < 0) {
            return 0;
        }
        if (b >= bins) {
            return bins - 1;
        }
        // v * bins is rounded: correct by one bin where that crossed an edge
        if (b > 0 && v <= (double) b / bins) {
            b--;
        } else if (b < bins - 1 && v > (double) (b + 1) / bins) {
            b++;
        }
        return b;
    }
}
