package org.hillmix.core.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disagreement ranking against hand-computed entropies, and the pairs file. */
class DisagreementPairsTest {

    @TempDir
    Path tmp;

    @Test
    void normalisedEntropyOfKnownDistributions() {
        assertEquals(1.0, DisagreementPairs.normalisedEntropy(new double[] {0.5, 0.5}), 1e-15);
        assertEquals(0.0, DisagreementPairs.normalisedEntropy(new double[] {1, 0, 0}), 1e-15);
        assertEquals(1.0, DisagreementPairs.normalisedEntropy(new double[] {0.25, 0.25, 0.25, 0.25}), 1e-15);
        // H(0.9, 0.1) = 0.325083 nats; / ln 2 = 0.468996 bits
        assertEquals(0.468996, DisagreementPairs.normalisedEntropy(new double[] {0.9, 0.1}), 1e-6);
    }

    @Test
    void pairsTheMostDisagreeingItemsAcrossClassesOnce() {
        double[][] model = {{0.9, 0.1}, {1, 0}, {0.5, 0.5}, {0.9, 0.1}, {0.6, 0.4}};
        double[][] human = {{0.5, 0.5}, {0.5, 0.5}, {1, 0}, {0.9, 0.1}, {0.5, 0.5}};
        // d = 1 - 0.469 = 0.531, 1 - 0 = 1, 0 - 1 = -1, 0, 1 - 0.971 = 0.029
        double[] d = DisagreementPairs.disagreements(model, human);
        assertArrayEquals(new double[] {0.531004, 1, -1, 0, 1 - 0.970951}, d, 1e-6);
        int[] labels = {0, 0, 0, 1, 1};
        // order by |d|: 1, 2 (tie, lower index first), 0, 4, 3; item 1 (class 0) pairs with the first other-class
        // item in that order, item 4; item 2 then with item 3; item 0 finds no other-class partner left
        List<SuggestedPair> pairs = DisagreementPairs.rank(model, human, labels, 5);
        assertEquals(2, pairs.size());
        assertEquals(List.of(1, 4, 2, 3), List.of(pairs.get(0).first(), pairs.get(0).second(), pairs.get(1).first(),
                pairs.get(1).second()));
        assertEquals((1 + (1 - 0.970951)) / 2, pairs.get(0).score(), 1e-6);
        assertEquals((1 + 0) / 2.0, pairs.get(1).score(), 1e-12);
    }

    @Test
    void rowsThatAreNotDistributionsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DisagreementPairs.disagreements(new double[][] {{0.5, 0.6}}, new double[][] {{0.5, 0.5}}));
        assertEquals("model row 0 sums to 1.1, not 1", e.getMessage());
    }

    @Test
    void pairsFileRoundTripsAndNamesBadLines() throws IOException {
        Path f = tmp.resolve("pairs.csv");
        PairsCsv.write(f, List.of(new SuggestedPair(0, 2, 3, 3), new SuggestedPair(2, 1, 1, 4)),
                List.of("a", "b", "c,d"), List.of("cat", "dog", "cat"), "gaps");
        assertEquals("rank,id1,class1,id2,class2,strategy,score,gap_cells\n1,a,cat,\"c,d\",cat,gaps,3.00000,3\n"
                + "2,\"c,d\",cat,b,dog,gaps,1.00000,4\n", Files.readString(f));
        List<PairsCsv.IdPair> read = PairsCsv.read(f);
        assertEquals(List.of("a", "c,d"), List.of(read.get(0).id1(), read.get(0).id2()));
        Files.writeString(f, "id1,id2\nx,x\n");
        IOException e = assertThrows(IOException.class, () -> PairsCsv.read(f));
        assertEquals("pairs.csv line 2: id1 and id2 are both 'x'; a pair needs two items", e.getMessage());
        Files.writeString(f, "first,second\nx,y\n");
        assertThrows(IOException.class, () -> PairsCsv.read(f));
    }
}
