package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dataset cartography worked by hand. */
class CartographyTest {

    @Test
    void confidenceVariabilityCorrectness() {
        // item 0: p = .2, .5, .8, right in epochs 2 and 3: mean .5, population sd sqrt((.09 + 0 + .09)/3) = sqrt(.06)
        //         = .244949 (the sample sd would be .3), correctness 2/3
        // item 1: p = .9 every epoch, always right: .9, 0, 1
        CartographyAccumulator acc = new CartographyAccumulator(2);
        acc.addEpoch(new double[] {.2, .9}, new boolean[] {false, true});
        acc.addEpoch(new double[] {.5, .9}, new boolean[] {true, true});
        acc.addEpoch(new double[] {.8, .9}, new boolean[] {true, true});
        Cartography c = acc.result();
        assertEquals(3, c.epochs());
        assertEquals(2, c.items());
        assertEquals(0.5, c.confidence(0), 1e-15);
        assertEquals(Math.sqrt(.06), c.variability(0), 1e-15);
        assertEquals(0.244949, c.variability(0), 1e-6);
        assertEquals(2.0 / 3, c.correctness(0), 1e-15);
        assertEquals(0.9, c.confidence(1), 1e-15);
        assertEquals(0.0, c.variability(1), 1e-15);
        assertEquals(1.0, c.correctness(1), 0);
    }

    @Test
    void wholeRunAtOnce() {
        // the same run as above, as [epoch][item] arrays
        Cartography c = CartographyAccumulator.of(new double[][] {{.2, .9}, {.5, .9}, {.8, .9}},
                new boolean[][] {{false, true}, {true, true}, {true, true}});
        assertEquals(3, c.epochs());
        assertEquals(Math.sqrt(.06), c.variability(0), 1e-15);
        assertEquals(2.0 / 3, c.correctness(0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> CartographyAccumulator.of(new double[][] {{.2}},
                new boolean[][] {{true}, {true}}));
        assertThrows(IllegalArgumentException.class, () -> CartographyAccumulator.of(new double[0][],
                new boolean[0][]));
    }

    @Test
    void fromDistributionsWithTheTieRule() {
        // epoch 1: item 0 p = (.5, .5), label 1 -> target .5, predicted 0 (tie), wrong
        //          item 1 p = (.1, .9), label 1 -> .9, right
        // epoch 2: item 0 p = (.3, .7) -> .7, right; item 1 p = (.6, .4) -> .4, wrong
        CartographyAccumulator acc = new CartographyAccumulator(2);
        int[] y = {1, 1};
        acc.addEpoch(new double[][] {{.5, .5}, {.1, .9}}, y);
        acc.addEpoch(new double[][] {{.3, .7}, {.6, .4}}, y);
        Cartography c = acc.result();
        assertEquals(0.6, c.confidence(0), 1e-15);
        assertEquals(0.1, c.variability(0), 1e-15); // |.5 - .6| = |.7 - .6| = .1
        assertEquals(0.5, c.correctness(0), 0);
        assertEquals(0.65, c.confidence(1), 1e-15);
        assertEquals(0.25, c.variability(1), 1e-15);
        assertEquals(0.5, c.correctness(1), 0);
        assertEquals(1, CartographyTestHelper.copyIsIndependent(c));
    }

    @Test
    void oneEpochHasZeroVariability() {
        CartographyAccumulator acc = new CartographyAccumulator(1);
        acc.addEpoch(new double[] {.3}, new boolean[] {false});
        assertEquals(0.0, acc.result().variability(0), 0);
    }

    @Test
    void badEpochs() {
        CartographyAccumulator acc = new CartographyAccumulator(2);
        assertThrows(IllegalStateException.class, acc::result);
        String m = assertThrows(IllegalArgumentException.class,
                () -> acc.addEpoch(new double[] {.3}, new boolean[] {true})).getMessage();
        assertTrue(m.contains("1 target probabilities for 2 items"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> acc.addEpoch(new double[] {.3, 1.2}, new boolean[] {true, true})).getMessage();
        assertTrue(m.contains("item 1 is 1.2"), m);
        assertEquals(0, acc.epochs());
        assertThrows(IllegalArgumentException.class, () -> new CartographyAccumulator(0));
    }

    /** Checks that returned arrays are copies. */
    static final class CartographyTestHelper {
        static int copyIsIndependent(Cartography c) {
            double[] conf = c.confidence();
            conf[0] = 42;
            return c.confidence(0) == 42 ? 0 : 1;
        }
    }
}
