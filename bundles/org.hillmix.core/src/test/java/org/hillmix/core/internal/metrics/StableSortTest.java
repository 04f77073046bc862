package org.hillmix.core.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StableSortTest {

    @Test
    void tiesKeepInputOrder() {
        double[] v = {.9, .6, .6, .1, .6};
        assertArrayEquals(new int[] {3, 1, 2, 4, 0}, StableSort.sortedIndices(v, 5));
        assertArrayEquals(new int[] {1, 0}, StableSort.sortedIndices(v, 2)); // only a prefix
        assertArrayEquals(new int[0], StableSort.sortedIndices(v, 0));
    }

    @Test
    void agreesWithTheJdkStableObjectSort() {
        Random rnd = new Random(11);
        for (int n : new int[] {1, 31, 32, 33, 64, 65, 1000, 4097}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(20) / 20.0; // many ties
            }
            int[] expected = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> v[i]))
                    .mapToInt(Integer::intValue).toArray(); // List.sort is a stable merge sort
            int[] actual = StableSort.sortedIndices(v, n);
            assertArrayEquals(expected, actual, "n = " + n);
        }
        double[] v = {3, 1, 2};
        StableSort.sortedIndices(v, 3);
        assertTrue(Arrays.equals(new double[] {3, 1, 2}, v), "keys must not be modified");
    }
}
