package org.hillmix.server.eval.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

    /** 3 classes of 12, 7 and 5 items, interleaved. */
    private static int[] labels() {
        int[] labels = new int[24];
        for (int i = 0; i < 24; i++) {
            labels[i] = i < 12 ? 0 : i < 19 ? 1 : 2;
        }
        // Interleave so that classes are not contiguous.
        int[] out = new int[24];
        for (int i = 0; i < 24; i++) {
            out[(i * 5) % 24] = labels[i];
        }
        return out;
    }

    @Test
    void everyItemIsTestedExactlyOnceAndFoldsAreStratified() {
        int[] labels = labels();
        for (int k : new int[] {2, 3, 5}) {
            StratifiedFolds folds = StratifiedFolds.of(labels, k, 7, null);
            int[] tested = new int[labels.length];
            for (int f = 0; f < k; f++) {
                StratifiedSplit s = folds.run(f);
                for (int i : s.test()) {
                    tested[i]++;
                }
                // The three parts are disjoint and cover everything.
                assertEquals(labels.length, s.train().length + s.validation().length + s.test().length);
                boolean[] seen = new boolean[labels.length];
                for (int[] part : new int[][] {s.train(), s.validation(), s.test()}) {
                    for (int i : part) {
                        assertTrue(!seen[i], "item " + i + " in two parts of run " + f);
                        seen[i] = true;
                    }
                }
                assertTrue(s.train().length > 0 && s.validation().length > 0, "k " + k + " run " + f);
                // Each class's count in the test fold is floor or ceil of n_c / k.
                int[] perClass = new int[3];
                for (int i : s.test()) {
                    perClass[labels[i]]++;
                }
                int[] sizes = {12, 7, 5};
                for (int c = 0; c < 3; c++) {
                    assertTrue(perClass[c] == sizes[c] / k || perClass[c] == (sizes[c] + k - 1) / k,
                            "k " + k + " fold " + f + " class " + c + ": " + perClass[c]);
                }
            }
            int[] once = new int[labels.length];
            java.util.Arrays.fill(once, 1);
            assertArrayEquals(once, tested, "k " + k);
        }
    }

    @Test
    void withThreeOrMoreFoldsTheNextFoldValidatesAndWithTwoHalfOfTheOther() {
        int[] labels = labels();
        StratifiedFolds five = StratifiedFolds.of(labels, 5, 7, null);
        StratifiedSplit s = five.run(4);
        for (int i : s.validation()) {
            assertEquals(0, five.fold()[i]);
        }
        StratifiedFolds two = StratifiedFolds.of(labels, 2, 7, null);
        StratifiedSplit t = two.run(0);
        for (int i : t.validation()) {
            assertEquals(1, two.fold()[i]);
            assertEquals(0, two.half()[i]);
        }
        for (int i : t.train()) {
            assertEquals(1, two.fold()[i]);
            assertEquals(1, two.half()[i]);
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        int[] labels = labels();
        assertArrayEquals(StratifiedFolds.of(labels, 3, 1, null).fold(), StratifiedFolds.of(labels, 3, 1, null).fold());
        assertTrue(!java.util.Arrays.equals(StratifiedFolds.of(labels, 3, 1, null).fold(),
                StratifiedFolds.of(labels, 3, 2, null).fold()));
    }

    @Test
    void aFoldCountBelowTwoOrAboveTheSmallestClassIsRefusedByName() {
        int[] labels = labels();
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> StratifiedFolds.of(labels, 1, 0, null));
        assertEquals("split.folds must be >= 2, got 1", low.getMessage());
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> StratifiedFolds.of(labels, 6, 0, List.of("cat", "dog", "owl")));
        assertEquals("split.folds 6 is more than the 5 items of class 'owl'; every test fold needs an item of every "
                + "class, so use at most 5 folds", high.getMessage());
        StratifiedFolds.of(labels, 5, 0, null);
    }
}
