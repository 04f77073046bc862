package org.hillmix.server.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.metrics.TemperatureScaling;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.train.ExampleSet;
import org.hillmix.server.train.Regime;
import org.hillmix.server.train.TrainingListener;
import org.hillmix.server.train.TrainingResult;
import org.hillmix.server.train.TrainingSpec;
import org.junit.jupiter.api.Test;

/** {@code split.kind "kfold"}: every item tested once, pooled out-of-fold metrics, temperatures fitted per fold. */
class KfoldEvaluationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    static JobConfig kfoldJob(int folds) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "tiny-kfold",
                 "dataset": {"kind": "synthetic", "classes": 3, "perClass": 20, "imageSize": 16, "ambiguity": 0.4},
                 "labels": {"kind": "simulated", "annotators": 3, "voters": 10, "mixingJudgments": 0},
                 "split": {"kind": "kfold", "folds": %d, "seed": 1},
                 "training": {"epochs": 1, "batchSize": 16},
                 "regimes": [{"name": "hard"}, {"name": "human-soft"}], "seeds": [0, 1],
                 "metrics": {"bins": 5, "bootstrap": 50, "fgsm": false}}
                """.formatted(folds));
    }

    /** Logits favouring the true class by a margin that grows with the call; records every call. */
    static final class RecordingTrainer implements EvaluationRunner.Trainer {
        final List<ExampleSet> tests = new ArrayList<>();
        final List<ExampleSet> validations = new ArrayList<>();
        final List<TrainingResult> results = new ArrayList<>();

        @Override
        public TrainingResult train(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
                TrainingSpec spec, boolean fgsm, TrainingListener listener, ProgressMonitor monitor) {
            double margin = 0.5 + 0.4 * tests.size();
            listener.onProgress(TrainingListener.PHASE_TRAIN, 1, 1, 1, 1);
            TrainingResult r = new TrainingResult(logits(test, margin), logits(validation, margin), null, null,
                    new double[1][train.size()], new boolean[1][train.size()], new double[] {1.0}, train.size(), 0.1);
            tests.add(test);
            validations.add(validation);
            results.add(r);
            return r;
        }

        /** Every third item is predicted wrong; the validation items so get a finite fitted temperature. */
        private static double[][] logits(ExampleSet s, double margin) {
            double[][] z = new double[s.size()][s.numClasses()];
            for (int i = 0; i < z.length; i++) {
                int predicted = i % 3 == 0 ? (s.labels()[i] + 1) % s.numClasses() : s.labels()[i];
                z[i][predicted] = margin;
            }
            return z;
        }
    }

    @Test
    void everyItemIsTestedOncePerRegimeAndSeedAndMetricsPoolTheFolds() throws Exception {
        RecordingTrainer trainer = new RecordingTrainer();
        EvaluationReport r = new EvaluationRunner(Path.of("."), trainer, CLOCK).run(kfoldJob(4), null,
                ProgressMonitor.NULL);
        assertEquals(2 * 2 * 4, trainer.tests.size(), "2 regimes x 2 seeds x 4 folds");
        for (int run = 0; run < 4; run++) {
            Map<float[], Integer> tested = new IdentityHashMap<>();
            int items = 0;
            for (int f = 0; f < 4; f++) {
                for (float[] image : trainer.tests.get(run * 4 + f).images()) {
                    tested.merge(image, 1, Integer::sum);
                    items++;
                }
            }
            assertEquals(60, items, "run " + run);
            assertEquals(60, tested.size(), "run " + run + ": each of the 60 items exactly once");
        }
        assertEquals(60, r.data().testItems(), "the report counts the pooled test items");

        // Pooled metrics of regime 0, seed 0 (calls 0..3), recomputed here from the recorded logits.
        RegimeResult hard = r.regimes().get(0);
        int wrong = 0;
        int n = 0;
        double tsNll = 0;
        double temperatureSum = 0;
        for (int f = 0; f < 4; f++) {
            TrainingResult fr = trainer.results.get(f);
            double t = TemperatureScaling.fit(fr.validationLogits(), trainer.validations.get(f).labels(),
                    ProgressMonitor.NULL).temperature();
            temperatureSum += t;
            int[] labels = trainer.tests.get(f).labels();
            for (int i = 0; i < labels.length; i++) {
                double[] z = fr.testLogits()[i];
                wrong += argMax(z) == labels[i] ? 0 : 1;
                tsNll += logSumExp(z, t) - z[labels[i]] / t;
                n++;
            }
        }
        Map<String, Double> m = hard.seeds().get(0).metrics();
        assertEquals(1 - (double) wrong / n, m.get(MetricCatalog.ACCURACY), 1e-12);
        assertEquals(temperatureSum / 4, m.get(MetricCatalog.TEMPERATURE), 1e-9);
        assertEquals(tsNll / n, m.get(MetricCatalog.TS_NLL), 1e-9);
        // The folds' margins differ (0.5 .. 1.7), so one temperature for all would give another scaled NLL.
        assertTrue(Math.abs(trainer.results.get(0).testLogits()[1][trainer.tests.get(0).labels()[1]]
                - trainer.results.get(3).testLogits()[1][trainer.tests.get(3).labels()[1]]) > 1);
    }

    @Test
    void aFoldCountOutsideItsRangeIsRefusedNamingTheField() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> kfoldJob(1));
        assertTrue(low.getMessage().contains("split.folds must be >= 2, got 1"), low.getMessage());
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRunner(Path.of("."), new RecordingTrainer(), CLOCK).run(kfoldJob(21), null,
                        ProgressMonitor.NULL));
        assertTrue(high.getMessage().startsWith("split.folds 21 is more than the 20 items of class"),
                high.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic"},
                 "split": {"kind": "kfold", "test": 0.2}, "regimes": [{"name": "hard"}]}"""));
        assertTrue(mixed.getMessage().contains("split.test is for kind holdout"), mixed.getMessage());
    }

    private static int argMax(double[] z) {
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            best = z[k] > z[best] ? k : best;
        }
        return best;
    }

    private static double logSumExp(double[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / t);
        }
        double s = 0;
        for (double v : z) {
            s += Math.exp(v / t - max);
        }
        return max + Math.log(s);
    }
}
