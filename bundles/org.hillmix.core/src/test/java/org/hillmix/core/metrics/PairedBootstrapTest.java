package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Headline metrics on resamples, per-regime intervals and the paired comparison of two regimes. */
class PairedBootstrapTest {

    private static final List<HeadlineMetric> ALL = List.of(HeadlineMetric.values());

    /** Random predictions over {@code k} classes; every third item has a human distribution. */
    static ItemPredictions random(int n, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] p = new double[n][k];
        double[][] h = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = dirichletLike(rng, k, 3);
            y[i] = rng.nextInt(k);
            if (i % 3 == 0) {
                h[i] = dirichletLike(rng, k, 1);
            }
        }
        return new ItemPredictions(Predictions.of(p, y, null), h);
    }

    private static double[] dirichletLike(SplittableRandom rng, int k, double peak) {
        double[] v = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            v[c] = Math.exp(peak * rng.nextGaussian());
            sum += v[c];
        }
        for (int c = 0; c < k; c++) {
            v[c] /= sum;
        }
        return v;
    }

    private static double value(ItemPredictions items, HeadlineMetric m, int[] counts, int bins) {
        int total = Arrays.stream(counts).sum();
        return new ResampleTable(items, bins).value(m, counts, total);
    }

    /** The full metric report of the items drawn {@code counts[i]} times each, in item order. */
    private static double[] reportOf(ItemPredictions items, int[] counts, int bins) {
        Predictions p = items.predictions();
        int k = p.classes();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<double[]> hp = new ArrayList<>();
        List<double[]> ht = new ArrayList<>();
        List<Integer> hl = new ArrayList<>();
        for (int i = 0; i < items.items(); i++) {
            double[] row = new double[k];
            for (int c = 0; c < k; c++) {
                row[c] = p.probability(i, c);
            }
            for (int copy = 0; copy < counts[i]; copy++) {
                rows.add(row);
                labels.add(p.label(i));
                if (items.hasHuman(i)) {
                    hp.add(row);
                    ht.add(items.human()[i]);
                    hl.add(p.label(i));
                }
            }
        }
        MetricReport r = Metrics.compute(rows.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), null, bins);
        double humanCe = hp.isEmpty() ? Double.NaN : Metrics.compute(hp.toArray(double[][]::new),
                hl.stream().mapToInt(Integer::intValue).toArray(), ht.toArray(double[][]::new), bins)
                .softTargets().crossEntropy();
        return new double[] {r.accuracy(), r.nll(), r.brier(), r.ece(), r.debiasedEce(), r.classwiseEce(), humanCe};
    }

    @Test
    void onTheFullTestSetEveryHeadlineMetricEqualsTheMetricReport() {
        ItemPredictions items = random(157, 4, 1);
        int[] ones = new int[157];
        Arrays.fill(ones, 1);
        double[] expected = reportOf(items, ones, 15);
        for (HeadlineMetric m : ALL) {
            assertEquals(expected[m.ordinal()], value(items, m, ones, 15), 1e-12, m.key());
        }
    }

    @Test
    void onAResampleEveryHeadlineMetricEqualsTheMetricReportOfTheDrawnItems() {
        ItemPredictions items = random(120, 3, 2);
        SplittableRandom rng = new SplittableRandom(3);
        for (int rep = 0; rep < 5; rep++) {
            int[] counts = new int[120];
            ItemBootstrap.draw(rng, counts);
            double[] expected = reportOf(items, counts, 10);
            for (HeadlineMetric m : ALL) {
                assertEquals(expected[m.ordinal()], value(items, m, counts, 10), 1e-12, m.key() + " rep " + rep);
            }
        }
    }

    @Test
    void pairedDrawsSeparateWhatUnpairedIntervalsCannot() {
        // reference right on items 0..99 of 200; the regime right on the same items and on 100..109 too:
        // accuracy .5 vs .55. Separate 95% intervals (about +- .07) overlap; the paired difference is the share of
        // drawn items among 100..109, never negative, about .05 +- .03, so it is separated.
        int n = 200;
        double[][] ref = new double[n][];
        double[][] reg = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            ref[i] = i < 100 ? new double[] {.7, .3} : new double[] {.3, .7};
            reg[i] = i < 110 ? new double[] {.7, .3} : new double[] {.3, .7};
        }
        ItemPredictions a = ItemPredictions.of(Predictions.of(reg, y, null));
        ItemPredictions b = ItemPredictions.of(Predictions.of(ref, y, null));
        Map<HeadlineMetric, MetricInterval> ia = ItemBootstrap.intervals(a, List.of(HeadlineMetric.ACCURACY), 15, 1000,
                .95, 5, ProgressMonitor.NULL);
        Map<HeadlineMetric, MetricInterval> ib = ItemBootstrap.intervals(b, List.of(HeadlineMetric.ACCURACY), 15, 1000,
                .95, 5, ProgressMonitor.NULL);
        assertTrue(ia.get(HeadlineMetric.ACCURACY).lower() < ib.get(HeadlineMetric.ACCURACY).upper(),
                "the separate intervals overlap");

        PairedDifference d = PairedBootstrap.compare(List.of(a), List.of(b), List.of(HeadlineMetric.ACCURACY), 15,
                1000, .95, 11, ProgressMonitor.NULL).get(0);
        assertEquals(.05, d.difference(), 1e-15);
        assertTrue(d.interval().lower() > 0 && d.interval().lower() < .05, d.toString());
        assertTrue(d.interval().upper() > .05 && d.interval().upper() < .1, d.toString());
        assertTrue(d.separated());
    }

    @Test
    void identicalRegimesAreNeverSeparated() {
        ItemPredictions a = random(90, 3, 4);
        for (PairedDifference d : PairedBootstrap.compare(List.of(a, a), List.of(a, a), ALL, 15, 200, .95, 1,
                ProgressMonitor.NULL)) {
            assertEquals(0, d.difference(), 0, d.metric().key());
            assertEquals(0, d.interval().lower(), 0, d.metric().key());
            assertEquals(0, d.interval().upper(), 0, d.metric().key());
            assertFalse(d.separated());
        }
    }

    @Test
    void seedsArePooledByAveragingTheirDifferences() {
        // one test item per seed, so every draw is the item itself and the interval collapses to the difference.
        // seed 1: regime p_y = e^-1, reference e^-2: NLL difference 1 - 2 = -1; seed 2: e^-1 vs e^-4: -3.
        // pooled: (-1 - 3) / 2 = -2.
        ItemPredictions r1 = one(Math.exp(-1));
        ItemPredictions f1 = one(Math.exp(-2));
        ItemPredictions r2 = one(Math.exp(-1));
        ItemPredictions f2 = one(Math.exp(-4));
        PairedDifference d = PairedBootstrap.compare(List.of(r1, r2), List.of(f1, f2), List.of(HeadlineMetric.NLL), 15,
                100, .95, 3, ProgressMonitor.NULL).get(0);
        assertEquals(-2, d.difference(), 1e-12);
        assertEquals(-2, d.interval().lower(), 1e-12);
        assertEquals(-2, d.interval().upper(), 1e-12);
        assertEquals(2, d.seeds());
        assertTrue(d.separated());
    }

    private static ItemPredictions one(double pLabel) {
        return ItemPredictions.of(Predictions.of(new double[][] {{pLabel, 1 - pLabel}}, new int[] {0}, null));
    }

    @Test
    void binnedIntervalsAreShiftedByTheBootstrapBiasAndAgreeWithTheOlderBootstrap() {
        // the draws are those of Bootstrap.intervals with the same seed (n calls of nextInt(n) per resample), so
        // the unshifted ECE percentiles must equal its; the shift is the mean of the resampled ECEs minus the ECE
        ItemPredictions items = random(150, 3, 9);
        Predictions p = items.predictions();
        BootstrapIntervals old = Bootstrap.standard(p, 15, 200, 21, ProgressMonitor.NULL);
        double[] sum = {0};
        Bootstrap.Statistic ece = sample -> {
            int[] counts = new int[p.rows()];
            for (int i : sample) {
                counts[i]++;
            }
            double v = new ResampleTable(items, 15).value(HeadlineMetric.ECE, counts, sample.length);
            sum[0] += v;
            return v;
        };
        BootstrapInterval again = Bootstrap.interval(p.rows(), ece, 200, .95, 21, ProgressMonitor.NULL);
        double bias = (sum[0] - again.estimate()) / 200 - again.estimate(); // sum included the estimate once
        MetricInterval shifted = ItemBootstrap.intervals(items, List.of(HeadlineMetric.ECE, HeadlineMetric.ACCURACY),
                15, 200, .95, 21, ProgressMonitor.NULL).get(HeadlineMetric.ECE);
        assertEquals(old.ece().estimate(), shifted.estimate(), 1e-12);
        assertEquals(bias, shifted.bias(), 1e-12);
        assertTrue(shifted.shifted());
        assertEquals(old.ece().lower() - bias, shifted.lower(), 1e-12);
        assertEquals(old.ece().upper() - bias, shifted.upper(), 1e-12);
        assertTrue(bias > 0, "resampling adds calibration error: " + bias);
        MetricInterval acc = ItemBootstrap.intervals(items, List.of(HeadlineMetric.ACCURACY), 15, 200, .95, 21,
                ProgressMonitor.NULL).get(HeadlineMetric.ACCURACY);
        assertFalse(acc.shifted());
        assertEquals(old.accuracy().lower(), acc.lower(), 1e-12);
        assertEquals(old.accuracy().upper(), acc.upper(), 1e-12);
    }

    @Test
    void humanCrossEntropyIsNaNWithoutHumanLabelsAndNeverSeparated() {
        ItemPredictions a = ItemPredictions.of(random(30, 3, 5).predictions());
        PairedDifference d = PairedBootstrap.compare(List.of(a), List.of(a), List.of(HeadlineMetric.HUMAN_CE), 15, 50,
                .95, 1, ProgressMonitor.NULL).get(0);
        assertTrue(Double.isNaN(d.difference()));
        assertTrue(Double.isNaN(d.interval().lower()));
        assertFalse(d.separated());
    }

    @Test
    void refusesUnpairedInput() {
        ItemPredictions a = random(30, 3, 5);
        ItemPredictions other = random(31, 3, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairedBootstrap.compare(
                List.of(a), List.of(other), ALL, 15, 10, .95, 1, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("30 test items") && e.getMessage().contains("31"), e.getMessage());
        ItemPredictions relabelled = random(30, 3, 6);
        e = assertThrows(IllegalArgumentException.class, () -> PairedBootstrap.compare(List.of(a), List.of(relabelled),
                ALL, 15, 10, .95, 1, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("seed 0, test item "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PairedBootstrap.compare(List.of(a, a), List.of(a), ALL,
                15, 10, .95, 1, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("got 2 and 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ItemPredictions(a.predictions(), new double[29][]));
        double[][] badHuman = new double[30][];
        badHuman[4] = new double[] {.5, .6, 0};
        e = assertThrows(IllegalArgumentException.class, () -> new ItemPredictions(a.predictions(), badHuman));
        assertTrue(e.getMessage().startsWith("human targets row 4 sums to"), e.getMessage());
    }
}
