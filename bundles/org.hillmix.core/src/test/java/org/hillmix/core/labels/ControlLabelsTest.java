package org.hillmix.core.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The three control label constructions, on hand-made distributions. */
class ControlLabelsTest {

    @Test
    void modeAlignedSwapsTheHumanModeWithTheHardLabel() {
        assertArrayEquals(new double[] {.3, .6, .1}, ControlLabels.modeAligned(new double[] {.6, .3, .1}, 1), 0);
        assertArrayEquals(new double[] {.1, .3, .6}, ControlLabels.modeAligned(new double[] {.6, .3, .1}, 2), 0);
        // already the mode: unchanged
        assertArrayEquals(new double[] {.2, .7, .1}, ControlLabels.modeAligned(new double[] {.2, .7, .1}, 1), 0);
        // tie for the mode including the hard label: the label is already a mode, unchanged
        assertArrayEquals(new double[] {.4, .4, .2}, ControlLabels.modeAligned(new double[] {.4, .4, .2}, 1), 0);
        // tie not including it: the lowest-index mode moves
        assertArrayEquals(new double[] {.2, .4, .4}, ControlLabels.modeAligned(new double[] {.4, .4, .2}, 2), 0);
        double[] h = {.6, .3, .1};
        ControlLabels.modeAligned(h, 2);
        assertArrayEquals(new double[] {.6, .3, .1}, h, 0);
    }

    @Test
    void entropyMatchedHitsAKnownSmoothing() {
        // (.5, .25, .25) is itself the smoothing of class 0 with s = .75: (1 - .75 + .25, .25, .25)
        double[] h = {.25, .5, .25};
        double[] m = ControlLabels.entropyMatched(h, 2);
        assertArrayEquals(new double[] {.25, .25, .5}, m, 1e-12);
        assertEquals(.75, ControlLabels.smoothingForEntropy(3, ControlLabels.entropy(h)), 1e-11);
        // two classes, ln 2: the uniform distribution
        assertArrayEquals(new double[] {.5, .5}, ControlLabels.entropyMatched(0, 2, Math.log(2)), 0);
        // one-hot human label: no smoothing
        assertArrayEquals(new double[] {0, 0, 1, 0}, ControlLabels.entropyMatched(new double[] {0, 0, 1, 0}, 2), 0);
    }

    @Test
    void entropyMatchedReachesEveryTargetTo1e12() {
        for (int k : new int[] {2, 3, 10, 100}) {
            double max = Math.log(k);
            for (double target : new double[] {1e-15, 1e-9, 1e-4, .01, .1, .5, .9 * max, max - 1e-9, max}) {
                if (target > max) {
                    continue;
                }
                double[] y = ControlLabels.entropyMatched(k - 1, k, target);
                assertEquals(target, ControlLabels.entropy(y), 1e-12, "K = " + k + ", H = " + target);
                assertEquals(1, Arrays.stream(y).sum(), 1e-12);
                for (int c = 0; c < k - 1; c++) {
                    assertTrue(y[k - 1] >= y[c], "the hard label keeps the largest value");
                }
            }
        }
        // a CIFAR-10H-like vote distribution
        double[] votes = {0, 0, .04, .84, .02, .1, 0, 0, 0, 0};
        double[] m = ControlLabels.entropyMatched(votes, 3);
        assertEquals(ControlLabels.entropy(votes), ControlLabels.entropy(m), 1e-12);
        assertEquals(m[0], m[9], 0);
    }

    @Test
    void entropyMatchedRefusesImpossibleEntropies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ControlLabels.smoothingForEntropy(3, 1.2));
        assertTrue(e.getMessage().startsWith("entropy 1.2 is outside [0, ln 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ControlLabels.smoothingForEntropy(3, -1e-3));
        assertThrows(IllegalArgumentException.class, () -> ControlLabels.smoothingForEntropy(3, Double.NaN));
    }

    @Test
    void randomSoftPutsTheLargestValueOnTheHardLabelAndShufflesTheRestUniformly() {
        double[] h = {.1, .7, .2, 0};
        SplittableRandom rng = new SplittableRandom(5);
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < 6000; r++) {
            double[] out = ControlLabels.randomSoft(h, 0, rng);
            assertEquals(.7, out[0], 0);
            double[] rest = {out[1], out[2], out[3]};
            Arrays.sort(rest);
            assertArrayEquals(new double[] {0, .1, .2}, rest, 0);
            seen.merge(Arrays.toString(out), 1, Integer::sum);
        }
        // 3! = 6 orders of the other values, each about 1,000 times (sd about 29)
        assertEquals(6, seen.size(), seen.toString());
        for (int count : seen.values()) {
            assertTrue(Math.abs(count - 1000) < 150, seen.toString());
        }
        assertArrayEquals(new double[] {.1, .7, .2, 0}, h, 0);
        assertEquals(ControlLabels.entropy(h), ControlLabels.entropy(ControlLabels.randomSoft(h, 3, rng)), 1e-15);
    }

    @Test
    void controlsRefuseWhatIsNotADistribution() {
        assertThrows(IllegalArgumentException.class, () -> ControlLabels.modeAligned(new double[] {.5, .6}, 0));
        assertThrows(IllegalArgumentException.class, () -> ControlLabels.randomSoft(new double[] {.5, .5}, 2,
                new SplittableRandom(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ControlLabels.entropyMatched(new double[] {1.5, -.5}, 0));
        assertEquals("human distribution, class 1 is -0.5; values must be finite and >= 0", e.getMessage());
    }
}
