package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Grid and Beta lambda samplers. */
class LambdaSamplerTest {

    @Test
    void gridGivesEveryPairTheWholeList() {
        LambdaSampler g = LambdaSampler.grid(0.1, 0.25, 0.5);
        assertEquals(3, g.perPair());
        assertArrayEquals(new double[] {0.1, 0.25, 0.5}, g.lambdasForPair(new SplittableRandom(1)));
    }

    @Test
    void gridRejectsBadLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LambdaSampler.grid(0.5, 1.2));
        assertTrue(e.getMessage().contains("1.2") && e.getMessage().contains("value 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LambdaSampler.grid(0.5, 0.5));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LambdaSampler.grid(List.of()));
        assertThrows(IllegalArgumentException.class, () -> LambdaSampler.grid(Double.NaN));
    }

    @Test
    void betaDrawsTheRequestedNumberInRangeReproducibly() {
        LambdaSampler b = LambdaSampler.beta(0.4, 3);
        double[] x = b.lambdasForPair(new SplittableRandom(42));
        assertEquals(3, x.length);
        for (double v : x) {
            assertTrue(v >= 0 && v <= 1);
        }
        assertArrayEquals(x, b.lambdasForPair(new SplittableRandom(42)));
        assertTrue(x[0] != x[1]);
        assertThrows(IllegalArgumentException.class, () -> LambdaSampler.beta(0, 1));
        assertThrows(IllegalArgumentException.class, () -> LambdaSampler.beta(1, 0));
    }
}
