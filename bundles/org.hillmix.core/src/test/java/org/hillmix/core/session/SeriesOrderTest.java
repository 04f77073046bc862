package org.hillmix.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The reproducible per-item randomness of the midpoint protocols. */
class SeriesOrderTest {

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
}
