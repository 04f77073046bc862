package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Moments of Beta(a, a): mean 1/2, variance 1 / (4 (2a + 1)). */
class BetaSamplerTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.2, 1.0, 2.0, 8.0})
    void meanAndVarianceMatchTheBetaDistribution(double alpha) {
        BetaSampler beta = new BetaSampler(alpha);
        SplittableRandom rng = new SplittableRandom(42);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = beta.sample(rng);
            assertTrue(x >= 0 && x <= 1, "sample " + x);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        double expectedVariance = 1 / (4 * (2 * alpha + 1));
        // Standard error of the mean is sqrt(var / n) <= 0.0011; allow 5 of them.
        assertEquals(0.5, mean, 5 * Math.sqrt(expectedVariance / n) + 1e-9, "mean, alpha " + alpha);
        assertEquals(expectedVariance, variance, 0.02 * expectedVariance + 0.001, "variance, alpha " + alpha);
    }

    @Test
    void alphaOneIsUniform() {
        BetaSampler beta = new BetaSampler(1.0);
        SplittableRandom rng = new SplittableRandom(7);
        int n = 100_000;
        int below = 0;
        for (int i = 0; i < n; i++) {
            if (beta.sample(rng) < 0.25) {
                below++;
            }
        }
        // Binomial(100000, 1/4): sd 137; 5 sd.
        assertEquals(n / 4.0, below, 685);
    }

    @Test
    void rejectsNonPositiveAlpha() {
        assertThrows(IllegalArgumentException.class, () -> new BetaSampler(0));
        assertThrows(IllegalArgumentException.class, () -> new BetaSampler(Double.NaN));
    }
}
