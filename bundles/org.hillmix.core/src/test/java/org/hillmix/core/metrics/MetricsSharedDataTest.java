package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.hillmix.core.data.NpyReader;
import org.hillmix.core.io.SharedData;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * The CIFAR-10H human vote distributions (Peterson et al. 2019) used as "predictions" for the
 * 1,533 CIFAR-10 test images whose true labels are in the shared subset: real float64 rows pass
 * validation, and identities that hold by definition hold on real data.
 */
class MetricsSharedDataTest {

    @Test
    void humanVotesAsPredictions() throws IOException {
        double[][] votes = NpyReader.read(SharedData.require("cifar10h/cifar10h-probs.npy")).asDoubleMatrix();
        List<String> index = Files.readAllLines(SharedData.require("cifar10-test-subset/index.csv"));
        int n = index.size() - 1;
        double[][] p = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            String[] f = index.get(i + 1).split(",");
            p[i] = votes[Integer.parseInt(f[0])];
            y[i] = Integer.parseInt(f[2]);
        }
        assertEquals(1533, n);
        MetricReport r = Metrics.compute(p, y, p, Metrics.DEFAULT_BINS);
        // the majority of ~50 annotators is nearly always right on CIFAR-10
        assertTrue(r.accuracy() > 0.9, "accuracy " + r.accuracy());
        assertTrue(r.top2Accuracy() >= r.accuracy());
        assertTrue(r.worstClassAccuracy() <= r.accuracy());
        // targets equal to the predictions: no divergence, entropies equal, correlation exactly 1
        SoftTargetMetrics s = r.softTargets();
        assertEquals(0.0, s.kl(), 1e-15);
        assertEquals(0.0, s.jensenShannon(), 1e-15);
        assertEquals(0.0, s.l1(), 0);
        assertEquals(r.entropy(), s.targetEntropy(), 1e-12);
        assertEquals(r.entropy(), s.crossEntropy(), 1e-12);
        assertEquals(1.0, s.entropyCorrelation(), 1e-12);
        // the reliability bins account for every example, and ECE is their weighted gap
        long count = 0;
        double ece = 0;
        for (ReliabilityBin b : r.reliability()) {
            count += b.count();
            if (!b.isEmpty()) {
                ece += (double) b.count() / n * b.gap();
            }
        }
        assertEquals(n, count);
        assertEquals(r.ece(), ece, 1e-12);
        // a 95% bootstrap interval about as wide as the binomial one, +- 1.96 sqrt(a (1 - a) / n)
        BootstrapIntervals ci = Bootstrap.standard(Predictions.of(p, y, null), 15, 11, ProgressMonitor.NULL);
        double half = 1.96 * Math.sqrt(r.accuracy() * (1 - r.accuracy()) / n);
        assertEquals(2 * half, ci.accuracy().upper() - ci.accuracy().lower(), 0.3 * 2 * half);
        assertTrue(ci.accuracy().lower() <= r.accuracy() && r.accuracy() <= ci.accuracy().upper());
    }
}
