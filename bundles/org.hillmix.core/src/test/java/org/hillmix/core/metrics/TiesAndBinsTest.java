package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tie rules of the top label and the edge rules of equal-width and equal-mass bins. */
class TiesAndBinsTest {

    @Test
    void argmaxTiesGoToTheLowestIndex() {
        assertEquals(0, TopLabel.argmax(new double[] {.4, .4, .2}));
        assertEquals(1, TopLabel.argmax(new double[] {.2, .4, .4}));
        assertEquals(0, TopLabel.argmax(new double[] {.25, .25, .25, .25}));
        assertEquals(0.4, TopLabel.confidence(new double[] {.2, .4, .4}, 0, 3), 0);
        // rank: classes with larger p, plus lower-indexed classes with equal p
        double[] p = {.4, .4, .2};
        assertEquals(0, TopLabel.rank(p, 0, 3, 0));
        assertEquals(1, TopLabel.rank(p, 0, 3, 1));
        assertEquals(2, TopLabel.rank(p, 0, 3, 2));
        double[] q = {.1, .3, .3, .3};
        assertEquals(3, TopLabel.rank(q, 0, 4, 0));
        assertEquals(2, TopLabel.rank(q, 0, 4, 3)); // behind classes 1 and 2: not in the top 2
    }

    @Test
    void tiedPredictionIsRightOnlyForTheLowestTiedClass() {
        // row 0: tie between 0 and 1, label 1 -> wrong, but top-2; row 1: same tie, label 0 -> right
        // row 2: uniform, label 2 -> wrong, rank 2 -> not top-2
        double[][] p = {{.4, .4, .2}, {.4, .4, .2}, {1.0 / 3, 1.0 / 3, 1.0 / 3}};
        MetricReport r = Metrics.compute(p, new int[] {1, 0, 2}, null, 15);
        assertEquals(1.0 / 3, r.accuracy(), 1e-15);
        assertEquals(2.0 / 3, r.top2Accuracy(), 1e-15);
        // class 0 1/1, class 1 0/1, class 2 0/1: worst 0 at the lowest such class, 1
        assertEquals(0.0, r.worstClassAccuracy(), 0);
        assertEquals(1, r.worstClass());
    }

    @Test
    void equalWidthBinEdges() {
        assertEquals(0, EqualWidthBins.index(0.0, 15)); // 0 goes to the first bin
        assertEquals(14, EqualWidthBins.index(1.0, 15)); // 1 goes to the last
        assertEquals(0, EqualWidthBins.index(1.0 / 15, 15)); // upper edge inclusive
        assertEquals(1, EqualWidthBins.index(Math.nextUp(1.0 / 15), 15));
        assertEquals(7, EqualWidthBins.index(0.5, 15)); // (7/15, 8/15] = (.4667, .5333]
        assertEquals(6, EqualWidthBins.index(0.7, 10)); // .7 closes (.6, .7] although .7 * 10 rounds
        assertEquals(2, EqualWidthBins.index(0.3, 10));
        assertEquals(3, EqualWidthBins.index(0.1 * 3, 10)); // 0.30000000000000004 > 3/10
        assertEquals(0, EqualWidthBins.index(0.3, 1));
        assertEquals(0.2, EqualWidthBins.lower(3, 15), 0);
        assertEquals(0.2, EqualWidthBins.upper(2, 15), 0);
    }

    @Test
    void equalWidthBinsMatchTheirDefinitionEverywhere() {
        Random rnd = new Random(5);
        for (int bins : new int[] {1, 3, 7, 10, 15, 20, 100}) {
            for (int i = 0; i < 20_000; i++) {
                // random values plus values at and next to every edge
                double v = i % 2 == 0 ? rnd.nextDouble() : (double) rnd.nextInt(bins + 1) / bins;
                if (i % 3 == 0) {
                    v = Math.min(1, Math.max(0, rnd.nextBoolean() ? Math.nextUp(v) : Math.nextDown(v)));
                }
                int b = EqualWidthBins.index(v, bins);
                boolean inside = EqualWidthBins.lower(b, bins) < v && v <= EqualWidthBins.upper(b, bins);
                assertTrue(inside || (b == 0 && v == 0), "value " + v + " put in bin " + b + " of " + bins);
            }
        }
    }

    @Test
    void equalMassSizesPutTheRemainderFirst() {
        assertArrayEquals(new int[] {4, 3, 3}, EqualMassBins.equalMassSizes(10, 3)); // 10 = 3*3 + 1
        assertArrayEquals(new int[] {3, 3, 2, 2}, EqualMassBins.equalMassSizes(10, 4)); // 10 = 2*4 + 2
        assertArrayEquals(new int[] {1, 1, 0}, EqualMassBins.equalMassSizes(2, 3));
        assertArrayEquals(new int[] {5, 5}, EqualMassBins.equalMassSizes(10, 2));
    }

    @Test
    void equalMassEceUsesTheRemainderRule() {
        // conf .1 .2 .3 .4 .5, correct n n y y y, 2 bins: sizes 3, 2
        // {.1,.2,.3}: conf .2, acc 1/3, gap 2/15; {.4,.5}: conf .45, acc 1, gap .55
        // ECE = 3/5 * 2/15 + 2/5 * .55 = .08 + .22 = .3 (sizes 2, 3 would give .42)
        double[] conf = {.1, .2, .3, .4, .5};
        boolean[] ok = {false, false, true, true, true};
        assertEquals(0.3, EqualMassBins.ece(conf, ok, 5, 2), 1e-12);
    }

    @Test
    void equalMassEceSortsStably() {
        // conf .9 .6 .6 .6, correct y y n n; stable order: #1(.6 y) #2(.6 n) #3(.6 n) #0(.9 y)
        // bins {#1,#2}: conf .6 acc .5 gap .1; {#3,#0}: conf .75 acc .5 gap .25 -> .5*.1 + .5*.25 = .175
        // (ties in reverse order would give .425)
        double[] conf = {.9, .6, .6, .6};
        boolean[] ok = {true, true, false, false};
        assertEquals(0.175, EqualMassBins.ece(conf, ok, 4, 2), 1e-12);
    }

    @Test
    void rmsBinSizes() {
        assertArrayEquals(new int[] {100, 150}, EqualMassBins.rmsSizes(250, 100));
        assertArrayEquals(new int[] {100, 199}, EqualMassBins.rmsSizes(299, 100));
        assertArrayEquals(new int[] {100, 100}, EqualMassBins.rmsSizes(200, 100));
        assertArrayEquals(new int[] {99}, EqualMassBins.rmsSizes(99, 100)); // fewer than beta: one bin
    }

    @Test
    void rmsErrorOfTwoUnequalBins() {
        // beta 2, N 5 -> sizes 2, 3. Sorted conf .2 .4 | .6 .8 1.0, correct n y | n y y
        // bin 0: conf .3, acc .5, gap -.2; bin 1: conf .8, acc 2/3, gap .1333
        // RMS = sqrt(2/5 * .04 + 3/5 * (2/15)^2) = sqrt(.016 + .010667) = sqrt(.026667) = .163299
        double[] conf = {.8, .2, 1.0, .4, .6};
        boolean[] ok = {true, false, true, true, false};
        assertEquals(Math.sqrt(.016 + 0.6 * (2.0 / 15) * (2.0 / 15)), EqualMassBins.rmsCalibrationError(conf, ok, 5, 2),
                1e-12);
        assertEquals(0.163299, EqualMassBins.rmsCalibrationError(conf, ok, 5, 2), 1e-6);
    }

    @Test
    void perfectlyCalibratedConfidentPredictionsHaveZeroError() {
        double[][] p = {{1, 0}, {0, 1}, {1, 0}};
        MetricReport r = Metrics.compute(p, new int[] {0, 1, 0}, null, 15);
        assertEquals(1.0, r.accuracy(), 0);
        assertEquals(0.0, r.ece(), 0);
        assertEquals(0.0, r.mce(), 0);
        assertEquals(0.0, r.eceEqualMass(), 0);
        assertEquals(0.0, r.classwiseEce(), 0);
        assertEquals(0.0, r.rmsCalibrationError(), 0);
        assertEquals(0.0, r.brier(), 0);
        assertEquals(0.0, r.nll(), 0);
        assertEquals(0.0, r.entropy(), 0);
        assertEquals(3, r.reliability().get(14).count());
    }

    @Test
    void confidentWrongPredictionCostsTheFloor() {
        // p(label) = 0: NLL = -ln 1e-12 = 27.631021; Brier = 1 + 1 = 2
        MetricReport r = Metrics.compute(new double[][] {{1, 0}}, new int[] {1}, null, 15);
        assertEquals(27.631021, r.nll(), 1e-6);
        assertEquals(2.0, r.brier(), 0);
        assertEquals(1.0, r.ece(), 0);
    }
}
