package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The full metric set on a small example worked out by hand (comments show the arithmetic).
 *
 * <pre>
 * row  p (class 0, 1, 2)   label  argmax  conf  correct  rank of label
 *  0   0.7  0.2  0.1        0      0       0.7   yes      0
 *  1   0.3  0.6  0.1        0      1       0.6   no       1 (top-2 hit)
 *  2   0.2  0.3  0.5        0      2       0.5   no       2
 *  3   0.1  0.1  0.8        2      2       0.8   yes      0
 * </pre>
 */
class MetricsWorkedExampleTest {

    static final double EPS = 1e-12;

    static final double[][] P = {
        {0.7, 0.2, 0.1},
        {0.3, 0.6, 0.1},
        {0.2, 0.3, 0.5},
        {0.1, 0.1, 0.8},
    };
    static final int[] Y = {0, 0, 0, 2};

    static MetricReport report(int bins) {
        return Metrics.compute(P, Y, null, bins);
    }

    @Test
    void accuracies() {
        MetricReport r = report(5);
        assertEquals(4, r.n());
        assertEquals(3, r.classes());
        assertEquals(0.5, r.accuracy(), EPS); // rows 0 and 3
        assertEquals(0.75, r.top2Accuracy(), EPS); // rows 0, 1 and 3
        // class 0: 1 of 3 right; class 1 never a label (ignored); class 2: 1 of 1
        assertEquals(1.0 / 3, r.worstClassAccuracy(), EPS);
        assertEquals(0, r.worstClass());
    }

    @Test
    void nllBrierEntropy() {
        MetricReport r = report(5);
        // -(ln .7 + ln .3 + ln .2 + ln .8)/4 = (0.356675 + 1.203973 + 1.609438 + 0.223144)/4 = 0.848307
        assertEquals(0.848307, r.nll(), 1e-6);
        assertEquals(-(Math.log(.7) + Math.log(.3) + Math.log(.2) + Math.log(.8)) / 4, r.nll(), EPS);
        // (0.09+0.04+0.01) + (0.49+0.36+0.01) + (0.64+0.09+0.25) + (0.01+0.01+0.04) = 0.14+0.86+0.98+0.06 = 2.04
        assertEquals(2.04 / 4, r.brier(), EPS);
        double h0 = -(.7 * Math.log(.7) + .2 * Math.log(.2) + .1 * Math.log(.1)); // 0.801819
        double h1 = -(.3 * Math.log(.3) + .6 * Math.log(.6) + .1 * Math.log(.1)); // 0.897946
        double h2 = -(.2 * Math.log(.2) + .3 * Math.log(.3) + .5 * Math.log(.5)); // 1.029654
        double h3 = -(.1 * Math.log(.1) * 2 + .8 * Math.log(.8)); // 0.639032
        assertEquals((h0 + h1 + h2 + h3) / 4, r.entropy(), EPS);
        assertEquals(0.842113, r.entropy(), 1e-6); // 3.368451 / 4
    }

    @Test
    void equalWidthEceMceAndReliabilityWithFiveBins() {
        MetricReport r = report(5);
        // edges 0, .2, .4, .6, .8, 1; upper edges are inclusive, so 0.6 goes to bin 2 = (.4, .6]
        // bin 2: conf .6 (wrong) and .5 (wrong): mean conf .55, acc 0, gap .55
        // bin 3: conf .7 (right) and .8 (right): mean conf .75, acc 1, gap .25
        // ECE = 2/4 * .55 + 2/4 * .25 = .4 ; MCE = .55
        assertEquals(0.4, r.ece(), EPS);
        assertEquals(0.55, r.mce(), EPS);
        List<ReliabilityBin> bins = r.reliability();
        assertEquals(5, bins.size());
        assertEquals(0, bins.get(0).count());
        assertTrue(Double.isNaN(bins.get(0).accuracy()));
        assertTrue(bins.get(1).isEmpty());
        assertEquals(new ReliabilityBin(0.4, 0.6, 2, 0.55, 0.0).count(), bins.get(2).count());
        assertEquals(0.4, bins.get(2).lower(), 0);
        assertEquals(0.6, bins.get(2).upper(), 0);
        assertEquals(0.55, bins.get(2).meanConfidence(), EPS);
        assertEquals(0.0, bins.get(2).accuracy(), 0);
        assertEquals(2, bins.get(3).count());
        assertEquals(0.75, bins.get(3).meanConfidence(), EPS);
        assertEquals(1.0, bins.get(3).accuracy(), 0);
        assertEquals(0.25, bins.get(3).gap(), EPS);
        assertEquals(0, bins.get(4).count());
        assertEquals(1.0, bins.get(4).upper(), 0);
    }

    @Test
    void equalMassEce() {
        // sorted confidences .5(w) .6(w) | .7(r) .8(r) with 2 bins: gaps .55 and .25 -> .4
        assertEquals(0.4, report(2).eceEqualMass(), EPS);
        // 3 bins: 4 = 1*3 + 1 -> sizes 2, 1, 1: {.5,.6} gap .55, {.7} gap .3, {.8} gap .2
        // = .5*.55 + .25*.3 + .25*.2 = .275 + .075 + .05 = .4
        assertEquals(0.4, report(3).eceEqualMass(), EPS);
        // 8 bins: sizes 1,1,1,1,0,0,0,0 (empty bins skipped): (.5 + .6 + .3 + .2)/4 = .4
        assertEquals(0.4, report(8).eceEqualMass(), EPS);
    }

    @Test
    void classwiseEce() {
        // B = 5, weights n_b / N with N = 4 for every class
        // class 0, p = .7(y) .3(y) .2(y) .1(n): bin0 {.2 y, .1 n} mean .15 acc .5 -> 2/4*.35 = .175;
        //   bin1 {.3 y} -> 1/4*.7 = .175; bin3 {.7 y} -> 1/4*.3 = .075; ECE_0 = .425
        // class 1, p = .2 .6 .3 .1, never the label: (.2+.6+.3+.1)/4 = .3 = ECE_1
        // class 2, p = .1(n) .1(n) .5(n) .8(y): bin0 {.1,.1} -> 2/4*.1 = .05; bin2 {.5} -> 1/4*.5 = .125;
        //   bin3 {.8 y} -> 1/4*.2 = .05; ECE_2 = .225
        // classwise ECE = (.425 + .3 + .225)/3 = .95/3
        assertEquals(0.95 / 3, report(5).classwiseEce(), EPS);
    }

    @Test
    void rmsCalibrationErrorIncludesTheLastBin() {
        // beta = 100 > N: one bin of all 4: mean conf .65, acc .5 -> sqrt(.15^2) = .15
        assertEquals(0.15, report(5).rmsCalibrationError(), EPS);
        assertEquals(100, report(5).rmsBinSize());
        // beta = 2: bins {.5,.6} gap .55 and {.7,.8} gap .25: sqrt(.5*.3025 + .5*.0625) = sqrt(.1825) = 0.427200
        // (the upstream calib_err loop skips the last bin: sqrt(.5*.3025) = 0.388909)
        CalibrationAccumulator acc = new CalibrationAccumulator(3, 5, 2);
        for (int i = 0; i < P.length; i++) {
            acc.add(P[i], Y[i]);
        }
        assertEquals(Math.sqrt(0.1825), acc.report().rmsCalibrationError(), EPS);
        assertEquals(0.427200, acc.report().rmsCalibrationError(), 1e-6);
    }

    @Test
    void noTargetsMeansNoSoftMetrics() {
        MetricReport r = report(5);
        assertFalse(r.hasSoftTargets());
        assertNull(r.softTargets());
    }

    @Test
    void flatAndStreamedAgreeWithTwoDimensional() {
        MetricReport a = report(15);
        double[] flat = new double[12];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(P[i], 0, flat, 3 * i, 3);
        }
        MetricReport b = Metrics.compute(flat, 3, Y, null, 15);
        assertEquals(a, b);
        CalibrationAccumulator acc = new CalibrationAccumulator(3);
        for (int i = 0; i < 4; i++) {
            acc.add(P[i], Y[i]);
        }
        assertEquals(a, acc.report());
        assertEquals(15, a.bins());
        assertEquals(15, a.reliability().size());
    }
}
