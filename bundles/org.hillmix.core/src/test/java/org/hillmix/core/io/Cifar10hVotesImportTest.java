package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CIFAR-10H through {@link Cifar10hVotes}: the vote distributions are the published probabilities. */
class Cifar10hVotesImportTest {

    @TempDir
    Path dir;

    @Test
    void voteDistributionsEqualThePublishedProbabilities() throws IOException {
        Cifar10hVotes votes = Cifar10hVotes.read(SharedData.require("cifar10h/cifar10h-counts.npy"), ClassSet.CIFAR10,
                null);
        double[][] probs = Cifar10hVotes.readProbabilities(SharedData.require("cifar10h/cifar10h-probs.npy"),
                ClassSet.CIFAR10);
        assertEquals(10_000, votes.size());
        assertEquals(10_000, probs.length);
        double worst = 0;
        for (int r = 0; r < votes.size(); r++) {
            double[] p = votes.distribution(r);
            long total = votes.total(r);
            assertTrue(total >= 40 && total <= 70, "item " + r + " has " + total + " votes");
            for (int c = 0; c < 10; c++) {
                worst = Math.max(worst, Math.abs(p[c] - probs[r][c]));
            }
        }
        assertTrue(worst <= 1e-12, "largest difference " + worst);
    }

    @Test
    void smallFileByHand() throws IOException {
        Path f = dir.resolve("counts.npy");
        NpyWriter.write(f, NpyArray.ofLongs(new long[] {1, 3, 0, 0, 2, 2}, 2, 3));
        ClassSet abc = ClassSet.of("a", "b", "c");
        Cifar10hVotes v = Cifar10hVotes.read(f, abc, null);
        assertArrayEquals(new double[] {0.25, 0.75, 0}, v.distribution(0), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 0.5}, v.distribution(1), 1e-15);
        assertArrayEquals(new long[] {0, 2, 2}, v.counts(1));
        assertEquals("1", Cifar10hVotes.itemId(1));

        IOException e = assertThrows(IOException.class, () -> Cifar10hVotes.read(f, ClassSet.CIFAR10, null));
        assertTrue(e.getMessage().startsWith("counts.npy: expected a 2-D array of vote counts of shape (items, 10)"),
                e.getMessage());

        Path zero = dir.resolve("zero.npy");
        NpyWriter.write(zero, NpyArray.ofLongs(new long[] {1, 0, 0, 0, 0, 0}, 2, 3));
        e = assertThrows(IOException.class, () -> Cifar10hVotes.read(zero, abc, null));
        assertEquals("zero.npy: row 1 (item 1) has no votes", e.getMessage());
    }

    /** NumPy saves counts as float64 unless told otherwise; whole numbers are the same counts (issue 8, defect 6). */
    @Test
    void wholeNumberFloatCountsAreReadAsCounts() throws IOException {
        ClassSet abc = ClassSet.of("a", "b", "c");
        Path f = dir.resolve("float-counts.npy");
        NpyWriter.write(f, NpyArray.ofDoubles(new double[] {1, 3, 0, 0, 2, 2}, 2, 3));
        Cifar10hVotes v = Cifar10hVotes.read(f, abc, null);
        assertArrayEquals(new long[] {1, 3, 0}, v.counts(0));
        assertArrayEquals(new double[] {0, 0.5, 0.5}, v.distribution(1), 1e-15);
    }

    @Test
    void fractionalOrNonFiniteFloatCountsAreRefusedNamingRowAndClass() throws IOException {
        ClassSet abc = ClassSet.of("a", "b", "c");
        double[][] bad = {{1, 2.5, 0}, {1, Double.NaN, 0}, {1, Double.POSITIVE_INFINITY, 0}, {1, 1e300, 0}};
        String[] shown = {"2.5", "NaN", "Infinity", "1.0E300"};
        for (int i = 0; i < bad.length; i++) {
            Path f = dir.resolve("bad" + i + ".npy");
            NpyWriter.write(f, NpyArray.ofDoubles(new double[] {3, 0, 0, bad[i][0], bad[i][1], bad[i][2]}, 2, 3));
            IOException e = assertThrows(IOException.class, () -> Cifar10hVotes.read(f, abc, null));
            assertEquals("bad" + i + ".npy: row 1 (item 1), class b: vote count " + shown[i]
                    + " is not a whole number; counts must be integers (saved as float64)", e.getMessage());
        }
    }
}
