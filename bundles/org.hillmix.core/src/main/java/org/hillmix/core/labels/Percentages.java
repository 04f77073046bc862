package org.hillmix.core.labels;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Whole percentages for display that always add up to exactly 100 (largest-remainder rounding),
 * so that the free-distribution view never shows shares summing to 99% or 101%.
 */
public final class Percentages {

    private Percentages() {
    }

    /**
     * {@code weights} renormalised to whole percentages: each share {@code 100 w_i / sum} is rounded
     * down, and the points still missing to 100 go to the shares with the largest remainders (ties:
     * the lower index first). All zeros when the weights sum to zero.
     *
     * @throws IllegalArgumentException for a negative or non-finite weight
     */
    public static int[] of(double[] weights) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i] + "; weights must be finite and"
                        + " non-negative");
            }
            sum += weights[i];
        }
        int[] out = new int[weights.length];
        if (sum == 0) {
            return out;
        }
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = 100.0 * weights[i] / sum;
            out[i] = (int) Math.floor(share);
            remainder[i] = share - out[i];
            given += out[i];
        }
        Integer[] byRemainder = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparingInt(i -> i));
        for (int k = 0; given < 100 && k < byRemainder.length; k++) {
            out[byRemainder[k]]++;
            given++;
        }
        return out;
    }
}
