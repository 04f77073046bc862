package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Beta sampling against closed-form CDFs (Kolmogorov-Smirnov) and moments. Seeds are fixed, so the
 * outcome is deterministic; the bounds are the 0.1% critical values, so a correct sampler passes
 * for almost every seed.
 */
class BetaDistributionTest {

    static final int N = 20000;
    /** KS critical value at the 0.1% level: 1.95 / sqrt(n). */
    static final double KS_CRIT = 1.95 / Math.sqrt(N);

    static double[] draws(BetaDistribution d, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.sample(rnd);
        }
        return x;
    }

    static double ks(double[] x, DoubleUnaryOperator cdf) {
        double[] s = x.clone();
        Arrays.sort(s);
        double d = 0;
        for (int i = 0; i < s.length; i++) {
            double f = cdf.applyAsDouble(s[i]);
            d = Math.max(d, Math.max(Math.abs(f - (double) i / s.length), Math.abs((double) (i + 1) / s.length - f)));
        }
        return d;
    }

    @Test
    void alphaOneIsUniform() {
        assertTrue(ks(draws(BetaDistribution.symmetric(1), 1), x -> x) < KS_CRIT);
    }

    @Test
    void alphaTwoHasCdfThreeXSquaredMinusTwoXCubed() {
        // Beta(2,2) density 6x(1-x), CDF 3x^2 - 2x^3
        assertTrue(ks(draws(BetaDistribution.symmetric(2), 2), x -> 3 * x * x - 2 * x * x * x) < KS_CRIT);
    }

    @Test
    void alphaHalfIsTheArcsineDistribution() {
        // Beta(1/2,1/2): CDF (2/pi) asin(sqrt(x)); exercises the shape < 1 branch
        assertTrue(ks(draws(BetaDistribution.symmetric(0.5), 3), x -> 2 / Math.PI * Math.asin(Math.sqrt(x)))
                < KS_CRIT);
    }

    @Test
    void asymmetricBetaTwoOneHasCdfXSquared() {
        assertTrue(ks(draws(new BetaDistribution(2, 1), 4), x -> x * x) < KS_CRIT);
    }

    @Test
    void mixupAlphaPointTwoHasTheRightMoments() {
        BetaDistribution d = BetaDistribution.symmetric(0.2);
        double[] x = draws(d, 5);
        double mean = Arrays.stream(x).average().orElseThrow();
        double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
        // Beta(a,a): mean 1/2, variance 1 / (4 (2a + 1)) = 1/5.6 = 0.178571...
        assertEquals(0.5, d.mean());
        assertEquals(1 / 5.6, d.variance(), 1e-15);
        assertEquals(0.5, mean, 4 * Math.sqrt(d.variance() / N));
        assertEquals(1 / 5.6, var, 0.005);
        // U-shaped: most mass near the ends
        long ends = Arrays.stream(x).filter(v -> v < 0.1 || v > 0.9).count();
        assertTrue(ends > N / 2, "draws near 0 or 1: " + ends);
    }

    /**
     * The alphas the trainer's mixup regimes use, from very small (0.05) to large (8): mean 1/2 within
     * 5 standard errors, variance {@code 1 / (4 (2a + 1))} within 2% + 0.001 (200,000 draws).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.2, 1.0, 2.0, 8.0})
    void symmetricMomentsOverTheTrainersRange(double alpha) {
        BetaDistribution d = BetaDistribution.symmetric(alpha);
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = d.sample(rnd);
            assertTrue(x >= 0 && x <= 1, "draw " + x);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        double expected = 1 / (4 * (2 * alpha + 1));
        assertEquals(expected, d.variance(), 1e-15);
        assertEquals(0.5, mean, 5 * Math.sqrt(expected / n), "mean, alpha " + alpha);
        assertEquals(expected, variance, 0.02 * expected + 0.001, "variance, alpha " + alpha);
    }

    @Test
    void tinyAlphaStaysFiniteAndInRange() {
        double[] x = draws(BetaDistribution.symmetric(0.01), 6);
        for (double v : x) {
            assertTrue(v >= 0 && v <= 1, "draw " + v);
        }
        // Beta(0.01, 0.01) puts about half its mass at each end
        long low = Arrays.stream(x).filter(v -> v < 0.5).count();
        assertEquals(0.5, (double) low / N, 0.02);
    }

    @Test
    void gammaDrawsHaveMeanAndVarianceEqualToTheShape() {
        for (double k : new double[] {0.3, 1, 4.5}) {
            SplittableRandom rnd = new SplittableRandom(7);
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < N; i++) {
                double g = Math.exp(BetaDistribution.logGamma(k, rnd));
                s += g;
                s2 += g * g;
            }
            double mean = s / N;
            double var = s2 / N - mean * mean;
            assertEquals(k, mean, 4 * Math.sqrt(k / N), "shape " + k);
            assertEquals(k, var, 0.1 * k, "shape " + k);
        }
    }

    @Test
    void seededDrawsRepeatAndInvalidShapesAreRejected() {
        assertArrayEquals(draws(BetaDistribution.symmetric(0.4), 9), draws(BetaDistribution.symmetric(0.4), 9));
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BetaDistribution.symmetric(bad));
            assertTrue(e.getMessage().contains("> 0"), e.getMessage());
        }
    }
}
