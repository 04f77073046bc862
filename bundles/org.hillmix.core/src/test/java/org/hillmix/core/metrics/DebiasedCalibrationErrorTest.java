package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Kumar, Liang and Ma's debiased squared calibration error, against hand-computed values and by simulation. */
class DebiasedCalibrationErrorTest {

    @Test
    void handComputedPositiveEstimate() {
        // 6 examples, 2 equal-mass bins of 3. Bin 0: conf .9 x 3, 1 right: acc 1/3, gap^2 = (17/30)^2 = 289/900,
        // variance term (1/3)(2/3)/2 = 100/900 -> (189/900) / 2 = .105. Bin 1: conf .95 x 3, all right:
        // gap^2 = .0025, variance 0 -> .00125. D = .10625, debiased ECE = sqrt(.10625).
        double[] conf = {.95, .9, .95, .9, .95, .9};
        boolean[] right = {true, true, true, false, true, false};
        assertEquals(.10625, DebiasedCalibrationError.squared(conf, right, 6, 2), 1e-15);
        assertEquals(Math.sqrt(.10625), DebiasedCalibrationError.ece(conf, right, 6, 2), 1e-15);
    }

    @Test
    void handComputedNegativeEstimateIsKeptAndTheEceIsZero() {
        // sorted: [.6 right, .7 wrong] acc .5 conf .65: .5 (.0225 - .25 / 1) = -.11375;
        // [.8 right, .9 right] acc 1 conf .85: .5 (.0225 - 0) = .01125. D = -.1025.
        double[] conf = {.9, .6, .8, .7};
        boolean[] right = {true, true, true, false};
        assertEquals(-.1025, DebiasedCalibrationError.squared(conf, right, 4, 2), 1e-15);
        assertEquals(0, DebiasedCalibrationError.ece(conf, right, 4, 2), 0);
    }

    @Test
    void binsOfOneExampleContributeNothing() {
        // 3 examples, 2 bins: sizes 2 and 1. Bin 0: .5 right, .6 wrong: acc .5 conf .55: (2/3)(.0025 - .25);
        // bin 1 (one example, .99 wrong) contributes 0 although its gap is .99.
        double[] conf = {.5, .6, .99};
        boolean[] right = {true, false, false};
        assertEquals(2.0 / 3 * (.0025 - .25), DebiasedCalibrationError.squared(conf, right, 3, 2), 1e-15);
    }

    @Test
    void theMetricReportCarriesIt() {
        double[][] p = {{.9, .1}, {.4, .6}, {.7, .3}, {.2, .8}, {.55, .45}, {.35, .65}};
        int[] y = {0, 0, 0, 1, 1, 1};
        MetricReport r = Metrics.compute(p, y, null, 3);
        double[] conf = {.9, .6, .7, .8, .55, .65};
        boolean[] right = {true, false, true, true, false, true};
        // sorted: .55 W, .6 W | .65 R, .7 R | .8 R, .9 R
        // bin 0: acc 0, conf .575: (1/3)(.330625 - 0); bin 1: acc 1, conf .675: (1/3)(.105625);
        // bin 2: acc 1, conf .85: (1/3)(.0225)
        double expected = (.330625 + .105625 + .0225) / 3;
        assertEquals(expected, DebiasedCalibrationError.squared(conf, right, 6, 3), 1e-15);
        assertEquals(expected, r.debiasedSquaredEce(), 1e-15);
        assertEquals(Math.sqrt(expected), r.debiasedEce(), 1e-15);
    }

    @Test
    void unbiasedForACalibratedModelWhereThePlugInIsNot() {
        // every confidence .7 and each prediction right with probability .7: the true calibration error is 0.
        // With 10 bins of 10, the plug-in squared error averages .7 * .3 / 10 = .021; the debiased one 0.
        // (Dividing the variance term by n_b instead of n_b - 1 would leave .0021; the mean of 4,000 runs has a
        // standard error of about .0002.)
        SplittableRandom rng = new SplittableRandom(7);
        int n = 100;
        int runs = 4000;
        double[] conf = new double[n];
        java.util.Arrays.fill(conf, .7);
        boolean[] right = new boolean[n];
        double sumDebiased = 0;
        double sumPlugIn = 0;
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < n; i++) {
                right[i] = rng.nextDouble() < .7;
            }
            sumDebiased += DebiasedCalibrationError.squared(conf, right, n, 10);
            double rms = EqualMassBins.binnedSorted(conf, right, org.hillmix.core.internal.metrics.StableSort
                    .sortedIndices(conf, n), EqualMassBins.equalMassSizes(n, 10), true);
            sumPlugIn += rms * rms;
        }
        assertEquals(0, sumDebiased / runs, .0008);
        assertEquals(.021, sumPlugIn / runs, .001);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> DebiasedCalibrationError.squared(new double[] {1.2}, new boolean[] {true}, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> DebiasedCalibrationError.squared(new double[] {.5}, new boolean[] {true}, 0, 1));
        assertTrue(Double.isNaN(DebiasedCalibrationError.fromSquared(Double.NaN)));
    }
}
