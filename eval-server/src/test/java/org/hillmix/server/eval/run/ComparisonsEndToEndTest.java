package org.hillmix.server.eval.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hillmix.core.evaluation.EvaluationReport.Comparison;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport.SeedResult;
import org.hillmix.core.evaluation.EvaluationReport.TestPredictions;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.labels.ControlLabels;
import org.hillmix.core.metrics.HeadlineMetric;
import org.hillmix.core.metrics.ItemPredictions;
import org.hillmix.core.metrics.PairedBootstrap;
import org.hillmix.core.metrics.PairedDifference;
import org.hillmix.core.metrics.Predictions;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.train.ExampleSet;
import org.hillmix.server.train.Regime;
import org.hillmix.server.train.TrainingListener;
import org.hillmix.server.train.TrainingResult;
import org.hillmix.server.train.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.hillmix.server.eval.data.ControlTargets;
import org.hillmix.server.eval.data.JobData;
import org.hillmix.server.eval.report.ReportFiles;
import org.hillmix.server.eval.report.ReportHtml;

/**
 * A small job run through the evaluation runner with a stand-in trainer: its report's paired comparisons must
 * equal a recomputation from the per-item predictions stored in the report, the control regimes must train on
 * the constructions of {@link ControlLabels}, and a job whose regimes do not differ must say so.
 */
class ComparisonsEndToEndTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    static JobConfig job(String regimes) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "paired",
                 "dataset": {"kind": "synthetic", "classes": 3, "perClass": 60, "imageSize": 16, "ambiguity": 0.4},
                 "labels": {"kind": "simulated", "annotators": 3, "voters": 10, "mixingJudgments": 0},
                 "split": {"train": 0.5, "validation": 0.2, "test": 0.3, "seed": 5},
                 "training": {"epochs": 3, "batchSize": 16},
                 "regimes": %s, "seeds": [0, 1],
                 "metrics": {"bins": 5, "bootstrap": 200, "fgsm": false, "predictions": true}}
                """.formatted(regimes));
    }

    /**
     * Logits favour the true class except on some items; the hard regime is wrong on every 4th item with margin
     * 1 + seed, every other regime on every 3rd with margin 2.5 + seed, so the regimes differ in every metric.
     * With {@code same}, every regime gets the hard regime's logits.
     */
    static final class RegimeTrainer implements EvaluationRunner.Trainer {
        final List<Regime> regimes = new ArrayList<>();
        final boolean same;

        RegimeTrainer(boolean same) {
            this.same = same;
        }

        @Override
        public TrainingResult train(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
                TrainingSpec spec, boolean fgsm, TrainingListener listener, ProgressMonitor monitor) {
            regimes.add(regime);
            boolean hard = same || regime instanceof Regime.Hard;
            double margin = (hard ? 1 : 2.5) + spec.seed();
            int wrongEvery = hard ? 4 : 3;
            int n = train.labels().length;
            double[][] conf = new double[spec.epochs()][n];
            boolean[][] correct = new boolean[spec.epochs()][n];
            double[] loss = new double[spec.epochs()];
            for (int e = 0; e < spec.epochs(); e++) {
                for (int i = 0; i < n; i++) {
                    conf[e][i] = ((i + e) % 10) / 10.0;
                    correct[e][i] = (i + e + spec.seed()) % 3 != 0;
                }
                loss[e] = 2.0 / (e + 1) + 0.1 * spec.seed();
            }
            return new TrainingResult(logits(test, margin, wrongEvery), logits(validation, margin, wrongEvery), null,
                    null, conf, correct, loss, (long) n * spec.epochs(), 0.1);
        }

        private static double[][] logits(ExampleSet s, double margin, int wrongEvery) {
            double[][] z = new double[s.labels().length][s.numClasses()];
            for (int i = 0; i < z.length; i++) {
                int predicted = i % wrongEvery == 0 ? (s.labels()[i] + 1) % s.numClasses() : s.labels()[i];
                z[i][predicted] = margin;
                z[i][(predicted + 1) % s.numClasses()] = margin * (i % 5) / 10.0;
            }
            return z;
        }
    }

    private static ItemPredictions fromReport(TestPredictions p) {
        return new ItemPredictions(Predictions.of(p.probabilities(), p.labels(), null), p.human());
    }

    @Test
    void comparisonsEqualARecomputationFromTheStoredPredictions() throws Exception {
        JobConfig config = job("""
                [{"name": "hard"}, {"name": "human-soft"}, {"name": "entropy-matched"},
                 {"name": "human-soft-mode-aligned"}, {"name": "random-soft", "seed": 3}]""");
        EvaluationReport live = new EvaluationRunner(Path.of("."), new RegimeTrainer(false), CLOCK).run(config,
                JobProgress.NONE, ProgressMonitor.NULL);
        // read back what was stored, as a user of the report would
        EvaluationReport r = EvaluationReport.fromJson(live.toJson());
        assertEquals("hard", r.reference());
        assertEquals(4 * HeadlineMetric.values().length, r.comparisons().size());
        RegimeResult reference = r.regime("hard");
        int separated = 0;
        for (Comparison c : r.comparisons()) {
            assertEquals("hard", c.reference());
            RegimeResult regime = r.regime(c.regime());
            List<ItemPredictions> a = regime.seeds().stream().map(s -> fromReport(s.predictions())).toList();
            List<ItemPredictions> b = reference.seeds().stream().map(s -> fromReport(s.predictions())).toList();
            HeadlineMetric metric = HeadlineMetric.ofKey(c.metric());
            PairedDifference d = PairedBootstrap.compare(a, b, List.of(metric), 5, 200, 0.95, 5, ProgressMonitor.NULL)
                    .get(0);
            String what = c.regime() + " " + c.metric();
            assertEquals(d.difference(), c.difference(), 0, what);
            assertEquals(d.interval().lower(), c.interval()[0], 0, what);
            assertEquals(d.interval().upper(), c.interval()[1], 0, what);
            assertEquals(c.interval()[0] > 0 || c.interval()[1] < 0, c.separated(), what);
            // an independent path: the per-seed metrics of the report (Metrics.compute) give the same difference
            double mean = 0;
            for (int s = 0; s < 2; s++) {
                mean += (regime.seeds().get(s).metrics().get(c.metric()) - reference.seeds().get(s).metrics()
                        .get(c.metric())) / 2;
            }
            assertEquals(mean, c.difference(), 1e-12, what);
            separated += c.separated() ? 1 : 0;
        }
        assertTrue(separated > 0, "the fake regimes differ by construction; some comparison must separate");
        // every seed has its data map, forgetting figures and difficulty terciles; regimes have stability figures
        for (RegimeResult rr : r.regimes()) {
            for (SeedResult s : rr.seeds()) {
                assertEquals(r.data().trainItems(), s.dataMap().items(), rr.name());
                assertEquals(3, s.forgetting().epochs());
                assertEquals(3, s.difficulty().size());
            }
            assertEquals(3, rr.stability().lossSd().size());
            // seeds' losses differ by .1 at every epoch: sd = .1 / sqrt(2)
            assertEquals(0.1 / Math.sqrt(2), rr.stability().meanLossSd(), 1e-12);
            assertNotNull(rr.stability().flipRate());
            assertTrue(rr.seeds().get(0).intervals().containsKey(MetricCatalog.DEBIASED_ECE));
            assertNotNull(rr.aggregate().get(MetricCatalog.DEBIASED_ECE));
        }
    }

    @Test
    void controlRegimesTrainOnTheControlConstructionsOfTheHumanSoftLabels() throws Exception {
        JobConfig config = job("""
                [{"name": "human-soft-mode-aligned"}, {"name": "entropy-matched"}, {"name": "random-soft"}]""");
        RegimeTrainer trainer = new RegimeTrainer(false);
        new EvaluationRunner(Path.of("."), trainer, CLOCK).run(config, JobProgress.NONE, ProgressMonitor.NULL);
        JobData data = JobData.prepare(config, Path.of("."), ProgressMonitor.NULL);
        double[][] human = ControlTargets.human(data, false);
        int[] labels = data.train().labels();
        double[][] aligned = assertInstanceOf(Regime.Votes.class, trainer.regimes.get(0)).votes();
        double[][] matched = assertInstanceOf(Regime.Votes.class, trainer.regimes.get(2)).votes();
        double[][] random = assertInstanceOf(Regime.Votes.class, trainer.regimes.get(4)).votes();
        int withHuman = 0;
        int shifted = 0;
        for (int i = 0; i < labels.length; i++) {
            if (human[i] == null) {
                continue;
            }
            withHuman++;
            double[] sortedHuman = human[i].clone();
            Arrays.sort(sortedHuman);
            int humanMode = argmax(human[i]);
            shifted += human[i][humanMode] > human[i][labels[i]] ? 1 : 0;
            // mode-aligned: the human values, the largest on the hard label
            assertEquals(max(aligned[i]), aligned[i][labels[i]], 0);
            assertArrayEquals(sortedHuman, sorted(aligned[i]), 0);
            // entropy-matched: a label smoothing of the hard label with the human entropy
            assertEquals(ControlLabels.entropy(human[i]), ControlLabels.entropy(matched[i]), 1e-12);
            assertEquals(max(matched[i]), matched[i][labels[i]], 0);
            // random-soft: the human values, the largest on the hard label
            assertEquals(sortedHuman[sortedHuman.length - 1], random[i][labels[i]], 0);
            assertArrayEquals(sortedHuman, sorted(random[i]), 0);
        }
        assertTrue(withHuman > 50, "simulated annotators label the training items");
        assertTrue(shifted > 0, "some human modes differ from the hard label, so mode alignment did something");
    }

    @Test
    void controlsFromVotesUseTheVoteDistributions() throws Exception {
        JobConfig config = job("[{\"name\": \"entropy-matched\", \"from\": \"votes\"}]");
        RegimeTrainer trainer = new RegimeTrainer(false);
        new EvaluationRunner(Path.of("."), trainer, CLOCK).run(config, JobProgress.NONE, ProgressMonitor.NULL);
        JobData data = JobData.prepare(config, Path.of("."), ProgressMonitor.NULL);
        double[][] matched = assertInstanceOf(Regime.Votes.class, trainer.regimes.get(0)).votes();
        int compared = 0;
        int differ = 0;
        for (int i = 0; i < matched.length; i++) {
            double[] v = data.trainVotes()[i];
            if (v == null) {
                continue;
            }
            double sum = Arrays.stream(v).sum();
            double[] p = Arrays.stream(v).map(x -> x / sum).toArray();
            assertEquals(ControlLabels.entropy(p), ControlLabels.entropy(matched[i]), 1e-12);
            double[] h = ControlTargets.human(data, false)[i];
            if (h != null && Math.abs(ControlLabels.entropy(h) - ControlLabels.entropy(p)) > 1e-6) {
                differ++;
            }
            compared++;
        }
        assertTrue(compared > 50);
        assertTrue(differ > 0, "votes and annotator labels differ, so the test tells the sources apart");
    }

    @Test
    void aJobWhoseRegimesDoNotDifferSaysNoSeparation() throws Exception {
        JobConfig config = job("[{\"name\": \"hard\"}, {\"name\": \"label-smoothing\"}]");
        EvaluationReport r = new EvaluationRunner(Path.of("."), new RegimeTrainer(true), CLOCK).run(config,
                JobProgress.NONE, ProgressMonitor.NULL);
        assertEquals(HeadlineMetric.values().length, r.comparisons().size());
        for (Comparison c : r.comparisons()) {
            assertEquals(0, c.difference(), 0, c.metric());
            assertArrayEquals(new double[] {0, 0}, c.interval(), 0, c.metric());
            assertFalse(c.separated(), c.metric());
        }
        String html = ReportHtml.render(r);
        assertFalse(html.contains("class=\"better\"") || html.contains("class=\"worse\""), "nothing highlighted");
        assertTrue(html.contains("no separation"));
        assertTrue(ReportFiles.comparisonTable(r).contains("no separation"));
        assertFalse(ReportFiles.comparisonTable(r).contains("  separated"));
    }

    @Test
    void withoutBootstrapTheDifferencesComeWithoutIntervals() throws Exception {
        JobConfig config = JobConfig.parse(job("[{\"name\": \"hard\"}, {\"name\": \"votes\"}]").toJson()
                .replace("\"bootstrap\" : 200", "\"bootstrap\" : 0"));
        assertEquals(0, config.metrics().bootstrap());
        EvaluationReport r = new EvaluationRunner(Path.of("."), new RegimeTrainer(false), CLOCK).run(config,
                JobProgress.NONE, ProgressMonitor.NULL);
        for (Comparison c : r.comparisons()) {
            assertNull(c.interval(), c.metric());
            assertFalse(c.separated(), c.metric());
        }
        assertTrue(r.comparisons().stream().anyMatch(c -> c.difference() != 0));
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double max(double[] p) {
        return Arrays.stream(p).max().orElseThrow();
    }

    private static double[] sorted(double[] p) {
        double[] s = p.clone();
        Arrays.sort(s);
        return s;
    }
}
