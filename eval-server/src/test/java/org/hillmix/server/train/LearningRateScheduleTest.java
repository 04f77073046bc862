package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Schedules against hand-computed rates (no DJL). */
class LearningRateScheduleTest {

    @Test
    void constantNeverChanges() {
        LearningRateSchedule s = new LearningRateSchedule("constant", 0.1, 10);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.1, s.rate(9), 1e-15);
    }

    @Test
    void stepDropsTenfoldAtHalfAndThreeQuarters() {
        LearningRateSchedule s = new LearningRateSchedule("step", 0.2, 8);
        double[] expected = {0.2, 0.2, 0.2, 0.2, 0.02, 0.02, 0.002, 0.002};
        for (int t = 0; t < 8; t++) {
            assertEquals(expected[t], s.rate(t), 1e-15, "step " + t);
        }
    }

    @Test
    void cosineFollowsHalfACosineWave() {
        LearningRateSchedule s = new LearningRateSchedule("cosine", 0.4, 100);
        assertEquals(0.4, s.rate(0), 1e-15);
        assertEquals(0.2, s.rate(50), 1e-15);
        // t = 25: 0.4 (1 + cos(pi/4)) / 2 = 0.2 (1 + 0.70710678...) = 0.34142136
        assertEquals(0.3414213562373095, s.rate(25), 1e-12);
        // Last step: 0.2 (1 + cos(0.99 pi)) = 0.2 * 0.000493440 = 9.86879e-5
        assertEquals(9.868793e-5, s.rate(99), 1e-10);
    }

    @Test
    void rejectsUnknownScheduleAndNoSteps() {
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule("linear", 0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule("constant", 0.1, 0));
    }
}
