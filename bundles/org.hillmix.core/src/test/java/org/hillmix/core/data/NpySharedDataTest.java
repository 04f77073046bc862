package org.hillmix.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;

import org.hillmix.core.io.SharedData;
import org.junit.jupiter.api.Test;

/** The published CIFAR-10H and CIFAR-10S .npy files. */
class NpySharedDataTest {

    @Test
    void cifar10hProbsAreTenThousandDistributions() throws IOException {
        NpyArray a = NpyReader.read(SharedData.require("cifar10h/cifar10h-probs.npy"));
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertArrayEquals(new int[] {10000, 10}, a.shape());
        double[][] p = a.asDoubleMatrix();
        for (int i = 0; i < p.length; i++) {
            double sum = 0;
            for (double v : p[i]) {
                assertTrue(v >= 0 && v <= 1, "row " + i);
                sum += v;
            }
            assertEquals(1.0, sum, 1e-9, "row " + i);
        }
    }

    @Test
    void cifar10hCountsAreAboutFiftyVotesPerImageAndMatchTheProbs() throws IOException {
        NpyArray counts = NpyReader.read(SharedData.require("cifar10h/cifar10h-counts.npy"));
        NpyArray probs = NpyReader.read(SharedData.require("cifar10h/cifar10h-probs.npy"));
        assertEquals(NpyDtype.INT64, counts.dtype());
        assertArrayEquals(new int[] {10000, 10}, counts.shape());
        long[][] c = counts.asLongMatrix();
        double[][] p = probs.asDoubleMatrix();
        long total = 0;
        for (int i = 0; i < c.length; i++) {
            long n = 0;
            for (long v : c[i]) {
                assertTrue(v >= 0);
                n += v;
            }
            // Peterson et al.: 47-63 annotators per image, ~51 on average
            assertTrue(n >= 47 && n <= 63, "row " + i + " has " + n + " votes");
            for (int k = 0; k < 10; k++) {
                assertEquals((double) c[i][k] / n, p[i][k], 1e-12, "row " + i + " class " + k);
            }
            total += n;
        }
        double mean = total / 10000.0;
        assertTrue(mean > 50 && mean < 52, "mean votes " + mean);
    }

    @Test
    void cifar10sSplitIsDisjointAndCoversTheTestSet() throws IOException {
        Path dir = SharedData.require("cifar10s/train_indices.npy").getParent();
        int[] train = NpyReader.read(dir.resolve("train_indices.npy")).asIntArray();
        int[] test = NpyReader.read(SharedData.require("cifar10s/test_indices.npy")).asIntArray();
        assertEquals(7000, train.length);
        assertEquals(3000, test.length);
        BitSet seen = new BitSet(10000);
        for (int[] part : new int[][] {train, test}) {
            for (int i : part) {
                assertTrue(i >= 0 && i < 10000, "index " + i);
                assertFalse(seen.get(i), "index " + i + " appears twice");
                seen.set(i);
            }
        }
        assertEquals(10000, seen.cardinality());
    }
}
