package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.hillmix.core.labels.VoteDistribution;
import org.junit.jupiter.api.Test;

/** CIFAR-10H: the published probabilities are the normalised published vote counts. */
class Cifar10hVotesTest {

    @Test
    void voteDistributionsReproduceThePublishedProbabilities() throws IOException {
        Npy counts = Npy.read(SharedData.require("cifar10h/cifar10h-counts.npy"));
        Npy probs = Npy.read(SharedData.require("cifar10h/cifar10h-probs.npy"));
        assertEquals(10_000, counts.rows);
        assertEquals(10, counts.cols);
        assertTrue(probs.isFloat);
        double worst = 0;
        for (int r = 0; r < counts.rows; r++) {
            long[] row = new long[10];
            for (int c = 0; c < 10; c++) {
                row[c] = counts.getLong(r, c);
            }
            double[] p = VoteDistribution.fromCounts(row);
            for (int c = 0; c < 10; c++) {
                worst = Math.max(worst, Math.abs(p[c] - probs.getDouble(r, c)));
            }
        }
        assertTrue(worst < 1e-12, "max abs error " + worst);
    }
}
