package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Target arithmetic against hand-computed values (no DJL). */
class SoftTargetsTest {

    private static final double EPS = 1e-12;

    @Test
    void oneHotPutsAllMassOnTheLabel() {
        assertArrayEquals(new double[] {0, 0, 1, 0}, SoftTargets.oneHot(2, 4), EPS);
    }

    @Test
    void labelSmoothingSpreadsSOverAllClasses() {
        // (1 - 0.1) * onehot(1) + 0.1 / 4: 0.025 everywhere, 0.9 + 0.025 at the label.
        assertArrayEquals(new double[] {0.025, 0.925, 0.025, 0.025}, SoftTargets.smoothed(1, 4, 0.1), EPS);
        // s = 1 is the uniform distribution, s = 0 the one-hot label.
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, SoftTargets.smoothed(3, 5, 1.0), EPS);
        assertArrayEquals(new double[] {0, 0, 1}, SoftTargets.smoothed(2, 3, 0.0), EPS);
    }

    @Test
    void mixWeighsTheFirstDistributionByLambda() {
        double[] y = SoftTargets.mix(new double[] {1, 0, 0}, new double[] {0, 0.5, 0.5}, 0.3);
        assertArrayEquals(new double[] {0.3, 0.35, 0.35}, y, EPS);
    }

    @Test
    void meanAveragesRows() {
        double[] y = SoftTargets.mean(new double[][] {{1, 0, 0}, {0, 1, 0}, {0.5, 0, 0.5}, {0.5, 0.5, 0}});
        assertArrayEquals(new double[] {0.5, 0.375, 0.125}, y, EPS);
    }

    @Test
    void normalisedDividesBySumSoCountsAreAccepted() {
        assertArrayEquals(new double[] {0.75, 0.25, 0}, SoftTargets.normalised(new double[] {3, 1, 0}, 3, "x"), EPS);
    }

    @Test
    void normalisedRejectsBadRowsNamingThem() {
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> SoftTargets.normalised(new double[] {1, 0}, 3, "votes of train item 7"));
        assertTrue(wrongLength.getMessage().contains("votes of train item 7"), wrongLength.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SoftTargets.normalised(new double[] {1, -1, 1}, 3, "x"));
        assertThrows(IllegalArgumentException.class, () -> SoftTargets.normalised(new double[] {0, 0, 0}, 3, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> SoftTargets.normalised(new double[] {Double.NaN, 1, 0}, 3, "x"));
        assertThrows(IllegalArgumentException.class, () -> SoftTargets.oneHot(3, 3));
    }
}
