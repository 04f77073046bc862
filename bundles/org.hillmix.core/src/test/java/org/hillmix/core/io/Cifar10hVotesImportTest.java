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
        assertTrue(e.getMessage().startsWith("counts.npy: expected a 2-D integer array of shape (items, 10)"),
                e.getMessage());

        Path zero = dir.resolve("zero.npy");
        NpyWriter.write(zero, NpyArray.ofLongs(new long[] {1, 0, 0, 0, 0, 0}, 2, 3));
        e = assertThrows(IOException.class, () -> Cifar10hVotes.read(zero, abc, null));
        assertEquals("zero.npy: row 1 (item 1) has no votes", e.getMessage());
    }
}
