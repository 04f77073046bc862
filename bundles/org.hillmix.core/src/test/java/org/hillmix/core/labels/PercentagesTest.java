package org.hillmix.core.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Whole percentages by largest-remainder rounding, against hand-worked cases. */
class PercentagesTest {

    @Test
    void percentagesUseLargestRemainderAndSumTo100() {
        // 1:1:1 -> 33.33 each; one point left goes to the first of the equal remainders.
        assertArrayEquals(new int[] {34, 33, 33}, Percentages.of(new double[] {1, 1, 1}));
        // 13/15 = 86.67 %, 2/15 = 13.33 %: floors 86 + 13, the larger remainder (0.67) gets the point.
        assertArrayEquals(new int[] {87, 13}, Percentages.of(new double[] {13, 2}));
        // 2:1:1:1:1:1:1 (sum 8) -> 25, 12.5 x6: floors 25 + 6*12 = 97; three points to the first 12.5s.
        assertArrayEquals(new int[] {25, 13, 13, 13, 12, 12, 12}, Percentages.of(new double[] {2, 1, 1, 1, 1, 1, 1}));
        assertArrayEquals(new int[] {0, 0}, Percentages.of(new double[] {0, 0}));
        assertArrayEquals(new int[] {0, 100}, Percentages.of(new double[] {0, 7}));
        assertThrows(IllegalArgumentException.class, () -> Percentages.of(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Percentages.of(new double[] {Double.NaN}));
    }

    @Test
    void percentagesAlwaysSumTo100() {
        java.util.Random r = new java.util.Random(7);
        for (int t = 0; t < 1000; t++) {
            double[] w = new double[1 + r.nextInt(12)];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextInt(101);
            }
            w[0] += 1;
            int sum = 0;
            for (int p : Percentages.of(w)) {
                sum += p;
            }
            assertEquals(100, sum);
        }
    }
}
