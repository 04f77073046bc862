package org.hillmix.server.eval.data;

import org.hillmix.core.evaluation.SplitSpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    private static int[] labels(int... perClass) {
        int n = 0;
        for (int c : perClass) {
            n += c;
        }
        int[] l = new int[n];
        int i = 0;
        // Interleave classes so that a split by position would not be stratified.
        int[] left = perClass.clone();
        while (i < n) {
            for (int c = 0; c < left.length; c++) {
                if (left[c]-- > 0) {
                    l[i++] = c;
                }
            }
        }
        return l;
    }

    private static int count(int[] idx, int[] labels, int c) {
        int k = 0;
        for (int i : idx) {
            k += labels[i] == c ? 1 : 0;
        }
        return k;
    }

    @Test
    void everyClassKeepsItsShareInEveryPart() {
        int[] labels = labels(100, 50, 20);
        StratifiedSplit s = StratifiedSplit.of(labels, new SplitSpec(0.6, 0.2, 0.2, 3L));
        // 100 -> 60/20/20, 50 -> 30/10/10, 20 -> 12/4/4 (hand-computed from the fractions).
        assertEquals(60, count(s.train(), labels, 0));
        assertEquals(20, count(s.validation(), labels, 0));
        assertEquals(20, count(s.test(), labels, 0));
        assertEquals(30, count(s.train(), labels, 1));
        assertEquals(10, count(s.test(), labels, 1));
        assertEquals(12, count(s.train(), labels, 2));
        assertEquals(4, count(s.validation(), labels, 2));
    }

    @Test
    void partsAreDisjointAndCoverEverything() {
        int[] labels = labels(33, 17, 9, 4);
        StratifiedSplit s = StratifiedSplit.of(labels, new SplitSpec(0.5, 0.25, 0.25, 1L));
        Set<Integer> seen = new HashSet<>();
        for (int[] part : new int[][] {s.train(), s.validation(), s.test()}) {
            for (int i : part) {
                assertTrue(seen.add(i), "index " + i + " in two parts");
            }
        }
        assertEquals(labels.length, seen.size());
    }

    @Test
    void smallClassesStillReachEveryPart() {
        int[] labels = labels(3, 3);
        StratifiedSplit s = StratifiedSplit.of(labels, new SplitSpec(0.8, 0.1, 0.1, 0L));
        for (int c = 0; c < 2; c++) {
            assertEquals(1, count(s.train(), labels, c));
            assertEquals(1, count(s.validation(), labels, c));
            assertEquals(1, count(s.test(), labels, c));
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        int[] labels = labels(40, 40);
        SplitSpec a = new SplitSpec(0.6, 0.2, 0.2, 5L);
        assertArrayEquals(StratifiedSplit.of(labels, a).test(), StratifiedSplit.of(labels, a).test());
        assertFalse(java.util.Arrays.equals(StratifiedSplit.of(labels, a).test(),
                StratifiedSplit.of(labels, new SplitSpec(0.6, 0.2, 0.2, 6L)).test()));
    }
}
