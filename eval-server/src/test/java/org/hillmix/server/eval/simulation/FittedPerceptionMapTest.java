package org.hillmix.server.eval.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class FittedPerceptionMapTest {

    private static final double[] LEVELS = {0.1, 0.25, 0.5, 0.75, 0.9};

    /** People exaggerate the dominant image: f(x) = x^2 / (x^2 + (1 - x)^2). */
    private static final DoubleUnaryOperator S_CURVE = x -> x * x / (x * x + (1 - x) * (1 - x));
    /** Class 1 dominates class 2: g(x) = sqrt(x). */
    private static final DoubleUnaryOperator SQRT = Math::sqrt;

    /** Judgments whose perceived lambda is f(lambda) +- d in equal numbers, so the mean at each level is exactly f. */
    private static List<MixingJudgment> exact(int c1, int c2, DoubleUnaryOperator f, int perLevel) {
        List<MixingJudgment> out = new ArrayList<>();
        for (double l : LEVELS) {
            double y = f.applyAsDouble(l);
            double d = 0.5 * Math.min(y, 1 - y);
            for (int i = 0; i < perLevel; i++) {
                out.add(new MixingJudgment(c1, c2, l, i % 2 == 0 ? y + d : y - d, 1));
            }
        }
        return out;
    }

    @Test
    void recoversAKnownBiasPerPair() {
        List<MixingJudgment> js = new ArrayList<>(exact(0, 1, S_CURVE, 20));
        js.addAll(exact(1, 2, SQRT, 20));
        FittedPerceptionMap map = FittedPerceptionMap.fit(js, 50, false);
        assertTrue(map.hasPairCurve(0, 1) && map.hasPairCurve(1, 2) && !map.hasPairCurve(0, 2));
        for (double l : LEVELS) {
            assertEquals(S_CURVE.applyAsDouble(l), map.perceivedLambda(l, 0, 1), 1e-12, "pair 0-1 at " + l);
            assertEquals(SQRT.applyAsDouble(l), map.perceivedLambda(l, 1, 2), 1e-12, "pair 1-2 at " + l);
            // Reversed order: image 1 of class 1 with lambda l is image 2 of pair (0,1) with lambda 1-l.
            assertEquals(1 - S_CURVE.applyAsDouble(1 - l), map.perceivedLambda(l, 1, 0), 1e-12);
        }
        // Between levels the map interpolates linearly: halfway between 0.25 and 0.5.
        double mid = 0.5 * (S_CURVE.applyAsDouble(0.25) + S_CURVE.applyAsDouble(0.5));
        assertEquals(mid, map.perceivedLambda(0.375, 0, 1), 1e-12);
    }

    @Test
    void recoversABiasFromNoisyJudgments() {
        Random rnd = new Random(42);
        List<MixingJudgment> js = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double l = 0.25 + 0.5 * rnd.nextInt(3) / 2.0; // 0.25, 0.5, 0.75
            double y = S_CURVE.applyAsDouble(l) + 0.1 * (rnd.nextDouble() - 0.5);
            js.add(rnd.nextBoolean() ? new MixingJudgment(2, 3, l, y, 1) : new MixingJudgment(3, 2, 1 - l, 1 - y, 1));
        }
        FittedPerceptionMap map = FittedPerceptionMap.fit(js, 100, false);
        for (double l : new double[] {0.25, 0.5, 0.75}) {
            assertEquals(S_CURVE.applyAsDouble(l), map.perceivedLambda(l, 2, 3), 0.01, "at " + l);
        }
        assertTrue(map.perceivedLambda(0.25, 2, 3) < 0.15, "bias visible: perceived well below the true 0.25");
    }

    @Test
    void sparsePairsUseThePooledSymmetricCurve() {
        List<MixingJudgment> js = new ArrayList<>(exact(0, 1, S_CURVE, 20));
        FittedPerceptionMap map = FittedPerceptionMap.fit(js, 1000, false);
        assertEquals(0, map.pairCurves());
        for (double l : LEVELS) {
            // Pooled over both orientations of a symmetric curve: the same curve.
            assertEquals(S_CURVE.applyAsDouble(l), map.perceivedLambda(l, 3, 4), 1e-12);
        }
    }

    @Test
    void isMonotoneAndAnchoredEvenWhenDataAreNot() {
        List<MixingJudgment> js = List.of(new MixingJudgment(0, 1, 0.2, 0.5, 1), new MixingJudgment(0, 1, 0.4, 0.3, 1),
                new MixingJudgment(0, 1, 0.6, 0.9, 1));
        FittedPerceptionMap map = FittedPerceptionMap.fit(js, 1, false);
        // PAVA pools the violating pair (0.5, 0.3) into 0.4 (hand-computed).
        assertEquals(0.4, map.perceivedLambda(0.2, 0, 1), 1e-12);
        assertEquals(0.4, map.perceivedLambda(0.4, 0, 1), 1e-12);
        assertEquals(0.9, map.perceivedLambda(0.6, 0, 1), 1e-12);
        assertEquals(0.0, map.perceivedLambda(0.0, 0, 1));
        assertEquals(1.0, map.perceivedLambda(1.0, 0, 1));
        assertEquals(0.95, map.perceivedLambda(0.8, 0, 1), 1e-12);
        double prev = -1;
        for (int i = 0; i <= 100; i++) {
            double v = map.perceivedLambda(i / 100.0, 0, 1);
            assertTrue(v >= prev && v >= 0 && v <= 1);
            prev = v;
        }
    }

    @Test
    void confidenceWeightsJudgments() {
        List<MixingJudgment> js = List.of(new MixingJudgment(0, 1, 0.5, 0.2, 1.0), new MixingJudgment(0, 1, 0.5, 0.8, 0.0),
                new MixingJudgment(0, 1, 0.5, 0.6, 0.5));
        // Weighted mean (0.2*1 + 0.8*0 + 0.6*0.5) / 1.5 = 1/3; unweighted mean (0.2 + 0.8 + 0.6) / 3 = 1.6/3.
        assertEquals(1.0 / 3, FittedPerceptionMap.fit(js, 1, true).perceivedLambda(0.5, 0, 1), 1e-12);
        assertEquals(1.6 / 3, FittedPerceptionMap.fit(js, 1, false).perceivedLambda(0.5, 0, 1), 1e-12);
    }

    @Test
    void identityWithoutDataAndForTheSameClass() {
        FittedPerceptionMap map = FittedPerceptionMap.fit(List.of(), 10, true);
        assertEquals(0.3, map.perceivedLambda(0.3, 0, 1), 1e-12);
        FittedPerceptionMap fitted = FittedPerceptionMap.fit(exact(0, 1, S_CURVE, 20), 1, false);
        assertEquals(0.3, fitted.perceivedLambda(0.3, 1, 1), 1e-12);
        assertFalse(Math.abs(fitted.perceivedLambda(0.3, 0, 1) - 0.3) < 1e-3);
    }

    @Test
    void isotonicCurveKnots() {
        IsotonicCurve c = IsotonicCurve.fit(new double[] {0.5, 0.5, 0.0, 1.0}, new double[] {0.2, 0.4, 0.7, 0.1}, null);
        // Points at 0 and 1 are ignored; ties merge into their mean 0.3.
        assertArrayEquals(new double[] {0, 0.5, 1}, c.knotX());
        assertArrayEquals(new double[] {0, 0.3, 1}, c.knotY(), 1e-12);
        assertEquals(2, c.points());
    }
}
