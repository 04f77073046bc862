package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Loss-curve spread, forgetting events and calibration by difficulty terciles, on hand-computed examples. */
class StabilityTest {

    @Test
    void lossCurveSpreadPerEpochWithRunsOfDifferentLengths() {
        // epoch 1: 1 and 3 -> mean 2, sd sqrt(2); epoch 2: 2 and 2 -> sd 0; epoch 3: only seed 0 -> sd NaN
        LossCurveSpread s = LossCurveSpread.of(new double[][] {{1, 2, 3}, {3, 2}});
        assertArrayEquals(new double[] {2, 2, 3}, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2), s.sd()[0], 1e-15);
        assertEquals(0, s.sd()[1], 0);
        assertTrue(Double.isNaN(s.sd()[2]));
        assertArrayEquals(new int[] {2, 2, 1}, s.seeds());
        assertEquals(Math.sqrt(2) / 2, s.meanSd(), 1e-15);
        assertEquals(0, s.lastSd(), 0);
        // three seeds: 1, 2, 6 -> mean 3, sample sd sqrt((4 + 1 + 9) / 2) = sqrt(7)
        assertEquals(Math.sqrt(7), LossCurveSpread.of(new double[][] {{1}, {2}, {6}}).lastSd(), 1e-15);
        assertTrue(Double.isNaN(LossCurveSpread.of(new double[][] {{1, 2}}).meanSd()));
        assertThrows(IllegalArgumentException.class, () -> LossCurveSpread.of(new double[][] {{1, Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> LossCurveSpread.of(new double[][] {{}}));
    }

    @Test
    void forgettingEventsOfAHandMadeHistory() {
        // item 0: R W R R (2 flips, 1 forgetting); item 1: W W R R (1 flip, learnt, never forgotten);
        // item 2: W W W W (never learnt); item 3: R R R W (1 flip, 1 forgetting)
        boolean t = true;
        boolean f = false;
        boolean[][] correct = {{t, f, f, t}, {f, f, f, t}, {t, t, f, t}, {t, t, f, f}};
        ForgettingEvents e = ForgettingEvents.of(correct);
        assertEquals(4, e.items());
        assertEquals(4, e.epochs());
        assertEquals(2, e.forgettingEvents());
        assertEquals(2.0 / 12, e.forgettingRate(), 1e-15);
        assertEquals(4.0 / 12, e.flipRate(), 1e-15);
        assertEquals(1.0 / 4, e.unforgettableFraction(), 1e-15);
        assertEquals(1.0 / 4, e.neverLearntFraction(), 1e-15);
        ForgettingEvents one = ForgettingEvents.of(new boolean[][] {{t, f}});
        assertTrue(Double.isNaN(one.flipRate()));
        assertEquals(.5, one.unforgettableFraction(), 0);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> ForgettingEvents.of(new boolean[][] {{t, f}, {t}}));
        assertEquals("epoch 2 has 1 items but epoch 1 has 2", x.getMessage());
    }

    @Test
    void tercilesSplitAtThePercentilesOfTheHumanEntropy() {
        // human entropies 0, 0, 0, ln 2, ln 2, ln 3 (sorted); q1 at h = 5/3 -> 0, q2 at h = 10/3 -> ln 2:
        // easy = the three H = 0 items, medium = the two H = ln 2 items, hard = the ln 3 item; item 6 has no
        // human label and is in no group
        double[][] human = {{1, 0, 0}, {0, 1, 0}, {.5, .5, 0}, {0, 0, 1}, {1 / 3.0, 1 / 3.0, 1 / 3.0}, {0, .5, .5},
            null};
        double[][] p = {{.9, .05, .05}, {.2, .7, .1}, {.6, .3, .1}, {.5, .25, .25}, {.4, .3, .3}, {.1, .3, .6},
            {.8, .1, .1}};
        int[] y = {0, 1, 1, 0, 0, 2, 0};
        DifficultyTerciles d = DifficultyTerciles.of(new ItemPredictions(Predictions.of(p, y, null), human), 10);
        assertEquals(0, d.q1(), 0);
        assertEquals(Math.log(2), d.q2(), 1e-15);
        DifficultyTerciles.Group easy = d.groups().get(0);
        DifficultyTerciles.Group medium = d.groups().get(1);
        DifficultyTerciles.Group hard = d.groups().get(2);
        assertEquals("easy", easy.name());
        assertEquals(3, easy.items());
        assertEquals(2, medium.items());
        assertEquals(1, hard.items());
        // easy: items 0 (right, .9), 1 (right, .7), 3 (right, .5): accuracy 1; NLL -(ln .9 + ln .7 + ln .5)/3
        assertEquals(1, easy.metrics().accuracy(), 0);
        assertEquals(-(Math.log(.9) + Math.log(.7) + Math.log(.5)) / 3, easy.metrics().nll(), 1e-15);
        // medium: items 2 (predicts 0, label 1: wrong, conf .6) and 5 (right, .6): accuracy .5, one bin (.5, .6]
        // with conf .6 and acc .5: ECE .1
        assertEquals(.5, medium.metrics().accuracy(), 0);
        assertEquals(.1, medium.metrics().ece(), 1e-15);
        assertEquals(Math.log(2), medium.minEntropy(), 1e-15);
        assertEquals(Math.log(3), hard.maxEntropy(), 1e-15);
        assertEquals(1, hard.metrics().accuracy(), 0);
        assertNull(DifficultyTerciles.of(ItemPredictions.of(Predictions.of(p, y, null)), 10));
    }

    @Test
    void anEmptyTercileHasNoMetrics() {
        // all human entropies equal: q1 = q2 = H, everything is easy
        double[][] human = {{.5, .5}, {.5, .5}, {.5, .5}};
        double[][] p = {{.9, .1}, {.2, .8}, {.6, .4}};
        DifficultyTerciles d = DifficultyTerciles.of(new ItemPredictions(Predictions.of(p, new int[3], null), human),
                15);
        assertEquals(3, d.groups().get(0).items());
        assertEquals(0, d.groups().get(1).items());
        assertNull(d.groups().get(1).metrics());
        assertTrue(Double.isNaN(d.groups().get(2).minEntropy()));
    }
}
