package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Bootstrap percentile intervals, across-seed t-intervals and the t table. */
class IntervalsTest {

    @Test
    void percentileInterpolatesLinearly() {
        double[] v = {1, 2, 3, 4, 5};
        // h = q (R - 1): .025 * 4 = .1 -> 1.1; .975 * 4 = 3.9 -> 4.9; .5 * 4 = 2 -> 3
        assertEquals(1.1, Bootstrap.percentile(v, .025), 1e-12);
        assertEquals(4.9, Bootstrap.percentile(v, .975), 1e-12);
        assertEquals(3.0, Bootstrap.percentile(v, .5), 0);
        assertEquals(1.0, Bootstrap.percentile(v, 0), 0);
        assertEquals(5.0, Bootstrap.percentile(v, 1), 0);
        assertEquals(7.0, Bootstrap.percentile(new double[] {7}, .3), 0);
    }

    /** Examples alternating right (label 0, p .8) and wrong (label 1, p .8 on class 0). */
    static Predictions halfRight(int n) {
        double[][] p = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {.8, .2};
            y[i] = i % 2;
        }
        return Predictions.of(p, y, null);
    }

    @Test
    void standardIntervalsAgreeWithTheNormalApproximation() {
        // accuracy .5 over n = 400: bootstrap sd ~ sqrt(.5 * .5 / 400) = .025, so the 95% interval is
        // about .5 +- 1.96 * .025 = [.451, .549]; 1,000 resamples pin its ends to about +- .005
        Predictions p = halfRight(400);
        BootstrapIntervals b = Bootstrap.standard(p, 15, 42, ProgressMonitor.NULL);
        assertEquals(0.5, b.accuracy().estimate(), 0);
        assertEquals(0.451, b.accuracy().lower(), 0.008);
        assertEquals(0.549, b.accuracy().upper(), 0.008);
        assertEquals(1000, b.accuracy().resamples());
        assertEquals(0.95, b.accuracy().level(), 0);
        // one bin at conf .8: ECE = |acc - .8|, so its interval mirrors accuracy's: [.8 - .549, .8 - .451]
        assertEquals(0.3, b.ece().estimate(), 1e-12);
        assertEquals(0.8 - b.accuracy().upper(), b.ece().lower(), 1e-12);
        assertEquals(0.8 - b.accuracy().lower(), b.ece().upper(), 1e-12);
        // NLL = -(ln .8 + ln .2)/2 at acc .5 and linear in acc: -(acc ln .8 + (1 - acc) ln .2)
        assertEquals(-(Math.log(.8) + Math.log(.2)) / 2, b.nll().estimate(), 1e-12);
        double lowNll = -(b.accuracy().upper() * Math.log(.8) + (1 - b.accuracy().upper()) * Math.log(.2));
        assertEquals(lowNll, b.nll().lower(), 1e-9);
    }

    @Test
    void estimatesEqualTheMetricReport() {
        Predictions p = Predictions.of(MetricsWorkedExampleTest.P, MetricsWorkedExampleTest.Y, null);
        BootstrapIntervals b = Bootstrap.standard(p, 5, 200, 1, ProgressMonitor.NULL);
        MetricReport r = Metrics.compute(p, 5, ProgressMonitor.NULL);
        assertEquals(r.accuracy(), b.accuracy().estimate(), 1e-12);
        assertEquals(r.ece(), b.ece().estimate(), 1e-12);
        assertEquals(r.nll(), b.nll().estimate(), 1e-12);
        assertTrue(b.ece().lower() <= b.ece().upper());
    }

    @Test
    void seededAndReproducible() {
        Predictions p = halfRight(50);
        BootstrapIntervals a = Bootstrap.standard(p, 15, 300, 7, ProgressMonitor.NULL);
        assertEquals(a, Bootstrap.standard(p, 15, 300, 7, ProgressMonitor.NULL));
        assertNotEquals(a, Bootstrap.standard(p, 15, 300, 8, ProgressMonitor.NULL));
        // the generic bootstrap with the same seed draws the same resamples
        BootstrapInterval acc = Bootstrap.interval(50, s -> {
            int hits = 0;
            for (int i : s) {
                hits += i % 2 == 0 ? 1 : 0;
            }
            return hits / 50.0;
        }, 300, 0.95, 7, ProgressMonitor.NULL);
        assertEquals(a.accuracy(), acc);
    }

    @Test
    void degenerateSamplesGiveZeroWidth() {
        // all right with confidence 1: every resample has accuracy 1 and ECE 0
        Predictions p = Predictions.of(new double[][] {{1, 0}, {0, 1}, {1, 0}}, new int[] {0, 1, 0}, null);
        BootstrapIntervals b = Bootstrap.standard(p, 15, 100, 3, ProgressMonitor.NULL);
        assertEquals(new BootstrapInterval(1, 1, 1, .95, 100), b.accuracy());
        assertEquals(new BootstrapInterval(0, 0, 0, .95, 100), b.ece());
        // one example: every resample is that example
        BootstrapInterval one = Bootstrap.interval(1, s -> 3.5, 50, .9, 0, ProgressMonitor.NULL);
        assertEquals(new BootstrapInterval(3.5, 3.5, 3.5, .9, 50), one);
    }

    @Test
    void nanStatisticGivesNanBounds() {
        BootstrapInterval b = Bootstrap.interval(5, s -> s[0] == 0 ? Double.NaN : 1, 200, .95, 0, ProgressMonitor.NULL);
        assertTrue(Double.isNaN(b.lower()) && Double.isNaN(b.upper()));
    }

    @Test
    void bootstrapArguments() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.interval(0, s -> 0, 10, .95, 0, null));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.interval(3, s -> 0, 0, .95, 0, null));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.interval(3, s -> 0, 10, 1, 0, null));
        assertEquals(2, Bootstrap.intervals(3, List.of(s -> 0, s -> 1), 10, .95, 0, null).size());
    }

    @Test
    void seedIntervalOfThreeValues() {
        // 1, 2, 3: mean 2, s = sqrt((1 + 0 + 1)/2) = 1, t(.975, 2) = 4.302653,
        // half width 4.302653 / sqrt 3 = 2.484138
        SeedInterval s = SeedInterval.of(1, 2, 3);
        assertEquals(3, s.n());
        assertEquals(2.0, s.mean(), 0);
        assertEquals(1.0, s.standardDeviation(), 1e-15);
        assertEquals(4.302653, s.tQuantile(), 1e-6);
        assertEquals(2.484138, s.halfWidth(), 1e-6);
        assertEquals(2 - 2.484138, s.lower(), 1e-6);
        assertEquals(2 + 2.484138, s.upper(), 1e-6);
    }

    @Test
    void seedIntervalEdgeCases() {
        SeedInterval one = SeedInterval.of(0.7);
        assertEquals(0.7, one.mean(), 0);
        assertTrue(Double.isNaN(one.standardDeviation()) && Double.isNaN(one.lower()) && Double.isNaN(one.halfWidth()));
        // 32 seeds (df 31): the normal quantile 1.96
        double[] v = new double[32];
        for (int i = 0; i < 32; i++) {
            v[i] = i % 2;
        }
        assertEquals(1.96, SeedInterval.of(v).tQuantile(), 0);
        assertThrows(IllegalArgumentException.class, () -> SeedInterval.of());
        assertThrows(IllegalArgumentException.class, () -> SeedInterval.of(1, Double.NaN));
    }

    @Test
    void tTableAgreesWithPublishedValues() {
        // NIST/SEMATECH e-Handbook, upper critical values of t, alpha = 0.025 (3 decimals)
        double[][] published = {{1, 12.706}, {2, 4.303}, {3, 3.182}, {4, 2.776}, {5, 2.571}, {6, 2.447},
            {7, 2.365}, {8, 2.306}, {9, 2.262}, {10, 2.228}, {15, 2.131}, {20, 2.086}, {25, 2.060}, {30, 2.042}};
        for (double[] row : published) {
            assertEquals(row[1], StudentT.quantile975((int) row[0]), 5e-4, "df " + (int) row[0]);
        }
        // decreasing in df
        for (int df = 1; df < 31; df++) {
            assertTrue(StudentT.quantile975(df) > StudentT.quantile975(df + 1));
        }
        assertEquals(1.96, StudentT.quantile975(1000), 0);
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile975(0));
    }
}
