package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DivergencesTest {

    @Test
    void jensenShannonByHand() {
        // disjoint supports: ln 2
        assertEquals(Math.log(2), Divergences.jensenShannon(new double[] {1, 0}, new double[] {0, 1}), 1e-15);
        // p = (1/2, 1/2), q = (1, 0), m = (3/4, 1/4): KL(p||m) = 1/2 ln(4/3), KL(q||m) = ln(4/3),
        // JS = 1/2 (1/2 ln(4/3)) + 1/2 ln(4/3) = 3/4 ln(4/3)
        assertEquals(0.75 * Math.log(4.0 / 3.0),
                Divergences.jensenShannon(new double[] {0.5, 0.5}, new double[] {1, 0}), 1e-15);
        assertEquals(0.0, Divergences.jensenShannon(new double[] {0.2, 0.3, 0.5}, new double[] {0.2, 0.3, 0.5}));
        assertEquals(1.0, Divergences.l1(new double[] {0.5, 0.5}, new double[] {1, 0}), 1e-15);
    }

    @Test
    void rejectsMismatchedOrNegativeVectors() {
        assertThrows(IllegalArgumentException.class, () -> Divergences.l1(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> Divergences.jensenShannon(new double[] {-0.1, 1.1}, new double[] {0.5, 0.5}));
    }
}
