package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.hillmix.ui.internal.views.ConstructMidpointView;
import org.hillmix.ui.internal.views.FreeDistributionView;
import org.hillmix.ui.internal.views.Percentages;
import org.hillmix.ui.internal.views.SelectShuffledView;
import org.hillmix.ui.internal.views.SeriesOrder;
import org.junit.jupiter.api.Test;

/** The display logic of the midpoint and free-distribution views, checked against hand-worked cases. */
class MidpointAndDistributionLogicTest {

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

    @Test
    void constructStartIsReproducibleNeverTheMiddleAndCoversTheOthers() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            int s = SeriesOrder.constructStart("ann", "pair-" + i);
            assertEquals(s, SeriesOrder.constructStart("ann", "pair-" + i), "same ids, same start");
            assertNotEquals(SeriesOrder.MIDDLE, s);
            assertTrue(s >= 0 && s <= 10);
            seen.add(s);
        }
        assertEquals(10, seen.size(), "all ten non-middle frames occur: " + seen);
    }

    @Test
    void shuffledOrderIsAPermutationReproducibleAndVaries() {
        List<Integer> a = SeriesOrder.shuffled("ann", "Cat_1_Dog_2");
        assertEquals(a, SeriesOrder.shuffled("ann", "Cat_1_Dog_2"));
        List<Integer> sorted = new ArrayList<>(a);
        sorted.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), sorted);
        assertNotEquals(a, SeriesOrder.shuffled("other", "Cat_1_Dog_2"), "another annotator sees another order");
    }

    @Test
    void selectKeysMoveThroughTheGrid() {
        assertEquals(0, SelectShuffledView.target(-1, 0, 'a', 11));
        assertEquals(10, SelectShuffledView.target(-1, 0, 'K', 11));
        assertEquals(-1, SelectShuffledView.target(-1, 0, 'L', 11), "no twelfth cell");
        assertEquals(0, SelectShuffledView.target(-1, SWT.ARROW_DOWN, (char) 0, 11));
        assertEquals(5, SelectShuffledView.target(1, SWT.ARROW_DOWN, (char) 0, 11));
        assertEquals(9, SelectShuffledView.target(5, SWT.ARROW_DOWN, (char) 0, 11));
        assertEquals(7, SelectShuffledView.target(7, SWT.ARROW_DOWN, (char) 0, 11), "the last row has no cell under 7");
        assertEquals(9, SelectShuffledView.target(8, SWT.ARROW_RIGHT, (char) 0, 11));
        assertEquals(10, SelectShuffledView.target(10, SWT.ARROW_RIGHT, (char) 0, 11), "stays at the last cell");
        assertEquals(0, SelectShuffledView.target(0, SWT.ARROW_UP, (char) 0, 11), "stays in the first row");
    }

    @Test
    void constructAndDigitKeys() {
        assertEquals(1, ConstructMidpointView.step(SWT.ARROW_RIGHT, (char) 0));
        assertEquals(1, ConstructMidpointView.step(0, '+'));
        assertEquals(-1, ConstructMidpointView.step(SWT.ARROW_LEFT, (char) 0));
        assertEquals(-1, ConstructMidpointView.step(0, '-'));
        assertEquals(0, ConstructMidpointView.step(SWT.ARROW_UP, (char) 0));
        assertEquals(0, FreeDistributionView.digitClass('1', 10));
        assertEquals(9, FreeDistributionView.digitClass('0', 10));
        assertEquals(-1, FreeDistributionView.digitClass('0', 3), "a three-class task has no tenth class");
        assertEquals(-1, FreeDistributionView.digitClass('x', 10));
    }
}
