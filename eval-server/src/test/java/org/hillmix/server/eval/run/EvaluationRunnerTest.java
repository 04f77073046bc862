package org.hillmix.server.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.evaluation.RegimeSpec;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.train.ExampleSet;
import org.hillmix.server.train.Regime;
import org.hillmix.server.train.TrainingListener;
import org.hillmix.server.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.hillmix.server.eval.report.ReportFiles;
import org.hillmix.server.eval.report.ReportHtmlTest;
import org.hillmix.server.eval.simulation.FittedPerceptionMap;

class EvaluationRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    /** A tiny job: 3 classes x 20 synthetic images, 1 epoch, 1 seed, every regime. */
    static JobConfig tinyJob(String regimes, String seeds) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "tiny",
                 "dataset": {"kind": "synthetic", "classes": 3, "perClass": 20, "imageSize": 16, "ambiguity": 0.4},
                 "labels": {"kind": "simulated", "annotators": 3, "voters": 10, "mixingJudgments": 200},
                 "training": {"epochs": 1, "batchSize": 16},
                 "regimes": %s, "seeds": %s,
                 "metrics": {"bins": 5, "bootstrap": 50, "fgsm": true}}
                """.formatted(regimes, seeds));
    }

    static final String ALL_REGIMES = """
            [{"name": "hard"}, {"name": "human-soft"}, {"name": "votes"}, {"name": "label-smoothing"},
             {"name": "mixup"}, {"name": "human-mixup"}]""";

    /** A stand-in trainer: logits favour the true class by a seed-dependent margin; records what it was given. */
    static class FakeTrainer implements EvaluationRunner.Trainer {
        final List<Regime> regimes = new ArrayList<>();

        @Override
        public TrainingResult train(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
                org.hillmix.server.train.TrainingSpec spec, boolean fgsm, TrainingListener listener,
                ProgressMonitor monitor) {
            regimes.add(regime);
            for (int e = 1; e <= spec.epochs(); e++) {
                monitor.checkCancelled();
                listener.onProgress(TrainingListener.PHASE_TRAIN, e, spec.epochs(), 2, 2);
            }
            double margin = 1 + spec.seed();
            double[][] probs = softmax(logits(test, margin));
            double[][] conf = new double[spec.epochs()][train.labels().length];
            boolean[][] correct = new boolean[spec.epochs()][train.labels().length];
            for (int e = 0; e < spec.epochs(); e++) {
                for (int i = 0; i < train.labels().length; i++) {
                    conf[e][i] = (i % 10) / 10.0;
                    correct[e][i] = i % 2 == 0;
                }
            }
            return new TrainingResult(logits(test, margin), logits(validation, margin), fgsm ? probs : null,
                    fgsm ? probs : null, conf, correct, new double[] {1.0}, train.labels().length, 0.1);
        }

        private static double[][] logits(ExampleSet s, double margin) {
            double[][] z = new double[s.labels().length][s.numClasses()];
            for (int i = 0; i < z.length; i++) {
                // Every fourth item is predicted wrong, so metrics are not degenerate.
                int predicted = i % 4 == 0 ? (s.labels()[i] + 1) % s.numClasses() : s.labels()[i];
                z[i][predicted] = margin;
            }
            return z;
        }

        private static double[][] softmax(double[][] z) {
            double[][] p = new double[z.length][];
            for (int i = 0; i < z.length; i++) {
                p[i] = org.hillmix.core.metrics.Softmax.probabilities(z[i], z[i].length, 1);
            }
            return p;
        }
    }

    @Test
    void runsEveryRegimeAndSeedAndAggregates() throws Exception {
        FakeTrainer trainer = new FakeTrainer();
        List<String> phases = new ArrayList<>();
        EvaluationReport r = new EvaluationRunner(Path.of("."), trainer, CLOCK).run(tinyJob(ALL_REGIMES, "[0, 1]"),
                (phase, regime, seed, epoch, epochs, step, steps) -> phases.add(phase), ProgressMonitor.NULL);
        assertEquals(12, trainer.regimes.size(), "6 regimes x 2 seeds");
        assertEquals(List.of("hard", "human-soft", "votes", "label-smoothing", "mixup", "human-mixup"),
                r.regimes().stream().map(RegimeResult::regime).toList());
        assertTrue(trainer.regimes.get(10) instanceof Regime.HumanMixup hm
                && hm.perception() instanceof FittedPerceptionMap fm && fm.judgments() == 200);
        assertEquals("2026-01-02T03:04:05Z", r.createdAt());
        RegimeResult hard = r.regimes().get(0);
        assertEquals(2, hard.seeds().size());
        // Three of four test items right in both seeds (the fake's rule): accuracy 0.75 = the mean, sd 0.
        assertEquals(0.75, hard.aggregate().get(MetricCatalog.ACCURACY).mean(), 0.05);
        assertEquals(2, hard.aggregate().get(MetricCatalog.NLL).n());
        assertTrue(hard.aggregate().get(MetricCatalog.NLL).sd() > 0, "seed margins differ, so does NLL");
        assertEquals(List.of("data", "train", "metrics", "report", "done"), phases.stream().distinct().toList());
        assertNotNull(r.perception());
        assertEquals(3, r.data().classes().size());
    }

    @Test
    void stopsWhenCancelled() {
        AtomicBoolean cancel = new AtomicBoolean();
        FakeTrainer trainer = new FakeTrainer() {
            @Override
            public TrainingResult train(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
                    org.hillmix.server.train.TrainingSpec spec, boolean fgsm, TrainingListener listener,
                    ProgressMonitor monitor) {
                TrainingResult result = super.train(train, validation, test, regime, spec, fgsm, listener, monitor);
                cancel.set(true); // the user cancels during the first run
                return result;
            }
        };
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        assertThrows(OperationCancelledException.class, () -> new EvaluationRunner(Path.of("."), trainer, CLOCK)
                .run(tinyJob(ALL_REGIMES, "[0]"), JobProgress.NONE, monitor));
        assertEquals(1, trainer.regimes.size());
    }

    @Test
    void rejectsAnInvalidConfig() {
        JobConfig bad = new JobConfig("hillmix.job/1", "x", new DatasetSpec.Synthetic(2, 10, 8, 0.0, 0.0, 1L), null,
                null, "nope", null, List.of(new RegimeSpec.Hard(null)), null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRunner(Path.of("."), new FakeTrainer(), CLOCK).run(bad, null, null));
        assertTrue(e.getMessage().contains("model must be one of"), e.getMessage());
    }

    /** End to end with the real DJL engine on a tiny job: every metric field must be a finite number. */
    @Test
    void tinyJobEndToEndWithTheTrainingEngine(@TempDir Path tmp) throws Exception {
        EvaluationReport r = new EvaluationRunner(Path.of(".")).run(tinyJob(ALL_REGIMES, "[0]"), JobProgress.NONE,
                ProgressMonitor.NULL);
        assertEquals(6, r.regimes().size());
        for (RegimeResult rr : r.regimes()) {
            Map<String, Double> metrics = rr.seeds().get(0).metrics();
            for (MetricCatalog.Metric m : MetricCatalog.ALL) {
                Double v = metrics.get(m.key());
                assertNotNull(v, rr.name() + " " + m.key() + " missing");
                assertTrue(Double.isFinite(v), rr.name() + " " + m.key() + " = " + v);
            }
            assertTrue(metrics.get(MetricCatalog.ACCURACY) >= 0 && metrics.get(MetricCatalog.ACCURACY) <= 1);
            assertTrue(metrics.get(MetricCatalog.TEMPERATURE) > 0);
            assertEquals(5, rr.reliability().size(), "one bin per metrics.bins");
            assertEquals(r.data().trainItems(), rr.dataMap().items());
            assertTrue(rr.seeds().get(0).intervals().containsKey(MetricCatalog.ACCURACY));
        }
        assertNull(EvaluationReport.fromJson(r.toJson()).regime("nope"));
        List<Path> files = ReportFiles.write(r, tmp);
        ReportHtmlTest.assertWellFormedReport(java.nio.file.Files.readString(files.get(1)), r);
    }
}
