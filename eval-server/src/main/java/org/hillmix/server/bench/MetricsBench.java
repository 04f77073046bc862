package org.hillmix.server.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

import org.hillmix.core.metrics.Bootstrap;
import org.hillmix.core.metrics.BootstrapIntervals;
import org.hillmix.core.metrics.CalibrationAccumulator;
import org.hillmix.core.metrics.MetricReport;
import org.hillmix.core.metrics.Metrics;
import org.hillmix.core.metrics.Predictions;
import org.hillmix.core.metrics.TemperatureScaling;
import org.hillmix.core.metrics.FittedTemperature;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Throughput of the full metric set ({@link Metrics#compute}: accuracies, NLL, Brier, entropy,
 * equal-width, equal-mass, classwise and RMS calibration errors, reliability bins, and the
 * soft-target measures) on 1,000,000 x 10 seeded random predictions, with and without soft
 * targets; plus a streamed run through {@link CalibrationAccumulator}, a 1,000-resample bootstrap
 * and a temperature fit on 100,000 x 10 logits. Each figure is the best of 3 timed runs after a
 * warm-up run.
 */
public final class MetricsBench {

    static final int ROWS = 1_000_000;
    static final int CLASSES = 10;

    private MetricsBench() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(PrintStream out) {
        out.printf(Locale.ROOT, "MetricsBench: %,d x %d random predictions%n", ROWS, CLASSES);
        SplittableRandom rnd = new SplittableRandom(20240601L);
        double[] logits = new double[ROWS * CLASSES];
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = rnd.nextInt(CLASSES);
            for (int c = 0; c < CLASSES; c++) {
                // the label's logit is raised so that accuracy is about 60%, like a small CNN
                logits[i * CLASSES + c] = rnd.nextGaussian() * 1.5 + (c == labels[i] ? 2.0 : 0.0);
            }
        }
        double[] probs = softmax(logits, 1.0);
        double[] targets = softmax(logits, 2.0);

        MetricReport report = null;
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            report = Metrics.compute(probs, CLASSES, labels, null, Metrics.DEFAULT_BINS);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, secs);
            }
        }
        out.printf(Locale.ROOT, "  full metric set           %,12.0f rows/s  (%.3f s; acc %.4f, ECE %.4f, NLL %.4f)%n",
                ROWS / best, best, report.accuracy(), report.ece(), report.nll());

        best = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            report = Metrics.compute(probs, CLASSES, labels, targets, Metrics.DEFAULT_BINS);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, secs);
            }
        }
        out.printf(Locale.ROOT, "  full set + soft targets   %,12.0f rows/s  (%.3f s; KL %.4f, entropy r %.4f)%n",
                ROWS / best, best, report.softTargets().kl(), report.softTargets().entropyCorrelation());

        best = Double.MAX_VALUE;
        double[] row = new double[CLASSES];
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            CalibrationAccumulator acc = new CalibrationAccumulator(CLASSES);
            for (int i = 0; i < ROWS; i++) {
                System.arraycopy(probs, i * CLASSES, row, 0, CLASSES);
                acc.add(row, labels[i]);
            }
            report = acc.report();
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, secs);
            }
        }
        out.printf(Locale.ROOT, "  streamed row by row       %,12.0f rows/s  (%.3f s)%n", ROWS / best, best);

        int bootRows = 10_000;
        double[] bootProbs = java.util.Arrays.copyOf(probs, bootRows * CLASSES);
        int[] bootLabels = java.util.Arrays.copyOf(labels, bootRows);
        Predictions small = Predictions.ofFlat(bootProbs, CLASSES, bootLabels, null);
        best = Double.MAX_VALUE;
        BootstrapIntervals intervals = null;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            intervals = Bootstrap.standard(small, Metrics.DEFAULT_BINS, Bootstrap.DEFAULT_RESAMPLES, 1,
                    ProgressMonitor.NULL);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, secs);
            }
        }
        out.printf(Locale.ROOT, "  bootstrap %,d x %,d        %,12.0f resampled rows/s  (%.3f s; ECE [%.4f, %.4f])%n",
                bootRows, Bootstrap.DEFAULT_RESAMPLES, (double) bootRows * Bootstrap.DEFAULT_RESAMPLES / best, best,
                intervals.ece().lower(), intervals.ece().upper());

        int fitRows = 100_000;
        double[] fitLogits = java.util.Arrays.copyOf(logits, fitRows * CLASSES);
        int[] fitLabels = java.util.Arrays.copyOf(labels, fitRows);
        best = Double.MAX_VALUE;
        FittedTemperature fit = null;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            fit = TemperatureScaling.fit(fitLogits, CLASSES, fitLabels, ProgressMonitor.NULL);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, secs);
            }
        }
        out.printf(Locale.ROOT, "  temperature fit %,d rows  %.3f s (T = %.4f, NLL %.4f -> %.4f)%n", fitRows, best,
                fit.temperature(), fit.nllBefore(), fit.nllAfter());
    }

    private static double[] softmax(double[] logits, double temperature) {
        double[] p = new double[logits.length];
        for (int off = 0; off < logits.length; off += CLASSES) {
            org.hillmix.core.metrics.Softmax.probabilities(logits, off, CLASSES, temperature, p, off);
        }
        return p;
    }

    /** Runs the benchmark on stdout. */
    public static void main(String[] args) {
        run(System.out);
    }
}
