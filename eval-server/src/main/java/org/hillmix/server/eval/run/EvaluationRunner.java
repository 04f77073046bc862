package org.hillmix.server.eval.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.EvaluationReport.Aggregate;
import org.hillmix.core.evaluation.EvaluationReport.Citation;
import org.hillmix.core.evaluation.EvaluationReport.Comparison;
import org.hillmix.core.evaluation.EvaluationReport.DataSummary;
import org.hillmix.core.evaluation.EvaluationReport.ModelCard;
import org.hillmix.core.evaluation.EvaluationReport.PerceptionSummary;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport.SeedResult;
import org.hillmix.core.evaluation.EvaluationReport.TestPredictions;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.evaluation.RegimeSpec;
import org.hillmix.core.evaluation.SplitSpec;
import org.hillmix.core.evaluation.TrainingConfig;
import org.hillmix.core.metrics.ItemPredictions;
import org.hillmix.core.metrics.PairedDifference;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.eval.data.JobData;
import org.hillmix.server.eval.data.MemoryBudget;
import org.hillmix.server.eval.measure.RegimeComparisons;
import org.hillmix.server.eval.measure.RunMetrics;
import org.hillmix.server.eval.measure.SeedAggregate;
import org.hillmix.server.eval.measure.SeedMeasurement;
import org.hillmix.server.eval.measure.StabilitySummary;
import org.hillmix.server.eval.report.Citations;
import org.hillmix.server.eval.simulation.FittedPerceptionMap;
import org.hillmix.server.train.EarlyStopping;
import org.hillmix.server.train.ExampleSet;
import org.hillmix.server.train.Regime;
import org.hillmix.server.train.StartWeights;
import org.hillmix.server.train.TrainingListener;
import org.hillmix.server.train.TrainingOperation;
import org.hillmix.server.train.TrainingResult;
import org.hillmix.server.train.TrainingSpec;

/**
 * Runs an evaluation job: assembles the data ({@link JobData}), then for every regime and seed trains a model
 * with the training engine, measures it ({@link RunMetrics}) and finally aggregates over seeds into an
 * {@link EvaluationReport}.
 *
 * <p>The split is fixed by {@code split.seed}; the training seed varies the initialisation, batch order,
 * augmentation, mixup draws and annotator sampling, so intervals over seeds show training variability on one
 * split. Progress goes to the {@link JobProgress} (every training step) and to the {@link ProgressMonitor}
 * (one unit per epoch of every run); cancellation is checked between steps by the training engine and between
 * runs here.
 */
public final class EvaluationRunner implements JobRunner {

    /** Trains one model; the production implementation is {@link TrainingOperation#run}. */
    @FunctionalInterface
    public interface Trainer {
        /** See {@link TrainingOperation#run}. */
        TrainingResult train(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
                TrainingSpec spec, boolean fgsm, TrainingListener listener, ProgressMonitor monitor);
    }

    private final Path baseDir;
    private final Trainer trainer;
    private final Clock clock;

    /**
     * A runner that trains with the DJL engine.
     *
     * @param baseDir directory that relative paths in job configs are resolved against
     */
    public EvaluationRunner(Path baseDir) {
        this(baseDir, (tr, va, te, r, s, f, l, m) -> new TrainingOperation().run(tr, va, te, r, s, f, l, m),
                Clock.systemUTC());
    }

    /** A runner with another trainer and clock (tests). */
    public EvaluationRunner(Path baseDir, Trainer trainer, Clock clock) {
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public EvaluationReport run(JobConfig config, JobProgress progress, ProgressMonitor monitor) throws IOException {
        config.validate().throwIfAny(null);
        MemoryBudget.check(config, MemoryBudget.defaultBudget());
        JobProgress jp = progress == null ? JobProgress.NONE : progress;
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        int epochs = config.training().epochs();
        int runsPerSeed = config.split().isKfold() ? config.split().folds() : 1;
        long totalUnits = (long) config.regimes().size() * config.seeds().size() * runsPerSeed * epochs;
        pm.begin("Evaluating " + config.name(), totalUnits + 1);
        pm.subTask("Loading data and labels");
        jp.update("data", null, 0, 0, 0, 0, 0);
        List<JobData> folds = config.split().isKfold() ? JobData.prepareFolds(config, baseDir, pm)
                : List.of(JobData.prepare(config, baseDir, pm));
        JobData data = folds.get(0);
        // A wrong start-weights file is refused before the first run, not after hours of training.
        TrainingOperation.checkStart(trainingSpec(config, config.seeds().get(0)), data.train());
        pm.worked(1);

        List<RegimeResult> results = new ArrayList<>();
        List<List<ItemPredictions>> predictions = new ArrayList<>();
        PerceptionSummary perception = null;
        for (RegimeSpec spec : config.regimes()) {
            FittedPerceptionMap map = null;
            if (spec instanceof RegimeSpec.HumanMixup hm) {
                map = RegimeFactory.perception(hm, data);
                if (perception == null) {
                    perception = new PerceptionSummary(data.judgmentSource(), map.judgments(), map.pairCurves(),
                            hm.confidenceWeighted(), map.pooled().knotX(), map.pooled().knotY());
                }
            }
            List<Regime> foldRegimes = new ArrayList<>();
            for (JobData fold : folds) {
                foldRegimes.add(RegimeFactory.create(spec, fold, map));
            }
            List<SeedResult> seeds = new ArrayList<>();
            List<SeedMeasurement> measurements = new ArrayList<>();
            for (Long seed : config.seeds()) {
                String name = spec.displayName();
                int seedInt = (int) (long) seed;
                List<TrainingResult> foldResults = new ArrayList<>();
                for (int f = 0; f < folds.size(); f++) {
                    pm.checkCancelled();
                    pm.subTask("Training " + name + ", seed " + seed + (folds.size() > 1 ? ", fold " + (f + 1)
                            + " of " + folds.size() : ""));
                    JobData fold = folds.get(f);
                    foldResults.add(trainOne(config, fold, foldRegimes.get(f), seed, name, seedInt, jp, pm));
                }
                pm.checkCancelled();
                jp.update("metrics", name, seedInt, epochs, epochs, 0, 0);
                SeedMeasurement m = folds.size() == 1
                        ? RunMetrics.measure(foldResults.get(0), data, config.metrics(), seed)
                        : RunMetrics.measurePooled(foldResults, folds, config.metrics(), seed);
                measurements.add(m);
                double[] loss = meanLoss(foldResults);
                long samples = foldResults.stream().mapToLong(TrainingResult::trainSamples).sum();
                double seconds = foldResults.stream().mapToDouble(TrainingResult::trainSeconds).sum();
                seeds.add(new SeedResult(seed, m.metrics(), m.intervals(), m.temperature(), loss, samples, seconds,
                        m.dataMap(), m.forgetting(), m.difficulty(),
                        config.metrics().storePredictions() ? stored(m.items()) : null));
            }
            predictions.add(measurements.stream().map(SeedMeasurement::items).toList());
            results.add(new RegimeResult(spec.displayName(), spec.id(), RegimeFactory.parameters(spec), seeds,
                    aggregate(seeds), measurements.get(0).reliability(), measurements.get(0).dataMap(),
                    StabilitySummary.of(seeds)));
        }
        jp.update("report", null, 0, 0, 0, 0, 0);
        pm.subTask("Paired comparisons");
        List<Comparison> comparisons = comparisons(config, predictions, cancelOnly(pm));
        EvaluationReport report = new EvaluationReport(EvaluationReport.SCHEMA, config.name(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), generator(), config,
                withMethodCitations(folds.size() == 1 ? data.summary() : pooledSummary(folds, config.split()), config),
                results, config.regimeNames().get(config.referenceIndex()), comparisons, perception,
                modelCard(config, data), data.warnings());
        jp.update("done", null, 0, 0, 0, 0, 0);
        pm.done();
        return report;
    }

    /**
     * The paired comparisons of every regime with the reference (docs/metrics.md), with {@code metrics.bootstrap}
     * resamples seeded by the split seed; without bootstrap the differences only, with no interval and
     * {@code separated = false}. A metric that is undefined (human cross-entropy without human labels) is left out.
     */
    static List<Comparison> comparisons(JobConfig config, List<List<ItemPredictions>> predictions,
            ProgressMonitor monitor) {
        int resamples = config.metrics().bootstrap();
        List<RegimeComparisons.Entry> entries = RegimeComparisons.compare(config.regimeNames(), predictions,
                config.referenceIndex(), config.metrics().bins(), Math.max(1, resamples), config.split().seed(),
                monitor);
        List<Comparison> out = new ArrayList<>();
        for (RegimeComparisons.Entry e : entries) {
            PairedDifference d = e.difference();
            if (!Double.isFinite(d.difference())) {
                continue;
            }
            boolean interval = resamples > 0 && Double.isFinite(d.interval().lower())
                    && Double.isFinite(d.interval().upper());
            out.add(new Comparison(e.regime(), e.reference(), d.metric().key(), d.difference(),
                    interval ? new double[] {d.interval().lower(), d.interval().upper()} : null,
                    interval && d.separated()));
        }
        return out;
    }

    /** A run's test predictions as stored in the report. */
    private static TestPredictions stored(ItemPredictions items) {
        int n = items.items();
        int k = items.predictions().classes();
        int[] labels = new int[n];
        double[][] probs = new double[n][k];
        for (int i = 0; i < n; i++) {
            labels[i] = items.predictions().label(i);
            for (int c = 0; c < k; c++) {
                probs[i][c] = items.predictions().probability(i, c);
            }
        }
        double[][] human = items.human();
        return new TestPredictions(labels, probs, human == null ? new double[n][] : human);
    }

    /** Trains one model of one seed on one fold (the only fold of a holdout job). */
    private TrainingResult trainOne(JobConfig config, JobData data, Regime regime, long seed, String name, int seedInt,
            JobProgress jp, ProgressMonitor pm) {
        int epochs = config.training().epochs();
        TrainingSpec ts = trainingSpec(config, seed);
        int[] epochsDone = {0};
        TrainingListener listener = (phase, epoch, eps, step, steps) -> {
            jp.update(phase, name, seedInt, epoch, eps, step, steps);
            if (TrainingListener.PHASE_TRAIN.equals(phase) && step == steps && epoch > epochsDone[0]) {
                pm.worked(epoch - epochsDone[0]);
                epochsDone[0] = epoch;
            }
        };
        TrainingResult result = trainer.train(data.train(), data.validation(), data.test(), regime, ts,
                config.metrics().fgsm(), listener, cancelOnly(pm));
        if (epochsDone[0] < epochs) {
            pm.worked(epochs - epochsDone[0]);
        }
        return result;
    }

    /**
     * The training loss per epoch, averaged over the folds that ran that epoch (runs stopped early have fewer
     * epochs).
     */
    private static double[] meanLoss(List<TrainingResult> results) {
        int longest = results.stream().mapToInt(r -> r.epochTrainLoss().length).max().orElse(0);
        double[] sum = new double[longest];
        int[] count = new int[longest];
        for (TrainingResult r : results) {
            for (int e = 0; e < r.epochTrainLoss().length; e++) {
                sum[e] += r.epochTrainLoss()[e];
                count[e]++;
            }
        }
        for (int e = 0; e < longest; e++) {
            sum[e] /= count[e];
        }
        return sum;
    }

    /**
     * The data summary of a K-fold job: train and validation counts of the first fold's run (the others differ by
     * rounding), test counts pooled over all folds (every item once).
     */
    private static DataSummary pooledSummary(List<JobData> folds, SplitSpec split) {
        DataSummary d = folds.get(0).summary();
        int test = 0;
        int testWithHuman = 0;
        for (JobData f : folds) {
            test += f.summary().testItems();
            testWithHuman += f.summary().testItemsWithHumanLabels();
        }
        String dataset = d.dataset() + "; " + split.folds() + "-fold stratified cross-validation (seed " + split.seed()
                + "): each fold tested once, the next fold validates, the others train; metrics pool the "
                + "out-of-fold predictions";
        return new DataSummary(dataset, d.classes(), d.trainItems(), d.validationItems(), test, d.labelSources(),
                d.trainItemsWithSoftLabels(), d.meanAnnotatorsPerTrainItem(), testWithHuman, d.citations());
    }

    /** Adds the methods the report applies to the data citations: mixup, temperature scaling, cartography. */
    private static DataSummary withMethodCitations(DataSummary d, JobConfig config) {
        List<Citation> cites = new ArrayList<>(d.citations());
        if (config.regimes().stream().anyMatch(r -> r instanceof RegimeSpec.Mixup || r instanceof RegimeSpec.HumanMixup)) {
            cites.add(Citations.ZHANG_2018);
        }
        if (config.regimes().stream().anyMatch(r -> r instanceof RegimeSpec.HumanMixup)
                && !cites.contains(Citations.COLLINS_2023)) {
            cites.add(Citations.COLLINS_2023);
        }
        cites.add(Citations.GUO_2017);
        cites.add(Citations.KUMAR_2019);
        cites.add(Citations.SWAYAMDIPTA_2020);
        cites.add(Citations.TONEVA_2019);
        return new DataSummary(d.dataset(), d.classes(), d.trainItems(), d.validationItems(), d.testItems(),
                d.labelSources(), d.trainItemsWithSoftLabels(), d.meanAnnotatorsPerTrainItem(),
                d.testItemsWithHumanLabels(), cites);
    }

    private TrainingSpec trainingSpec(JobConfig c, long seed) {
        TrainingConfig t = c.training();
        TrainingSpec spec = new TrainingSpec(c.model(), t.epochs(), t.batchSize(), t.optimizer(), t.learningRate(),
                t.momentum(), t.weightDecay(), t.schedule(), t.augment(), seed);
        if (t.earlyStopping() != null) {
            spec = spec.withEarlyStopping(new EarlyStopping(t.earlyStopping().patience()));
        }
        if (t.start() != null) {
            StartWeights.Format format = "torchscript".equals(t.start().format()) ? StartWeights.Format.TORCHSCRIPT
                    : StartWeights.Format.DJL;
            spec = spec.withStart(new StartWeights(baseDir.resolve(t.start().path()), format,
                    t.start().lastLayerOnly(), "training.start.path"));
        }
        return spec;
    }

    /** A monitor for the training engine that forwards cancellation only (the runner counts epochs itself). */
    private static ProgressMonitor cancelOnly(ProgressMonitor pm) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return pm.isCancelled();
            }
        };
    }

    private static Map<String, Aggregate> aggregate(List<SeedResult> seeds) {
        Map<String, Aggregate> out = new LinkedHashMap<>();
        for (MetricCatalog.Metric m : MetricCatalog.ALL) {
            List<Double> values = new ArrayList<>();
            for (SeedResult s : seeds) {
                values.add(s.metrics().get(m.key()));
            }
            Aggregate a = SeedAggregate.of(values, m.minimum(), m.maximum());
            if (a != null) {
                out.put(m.key(), a);
            }
        }
        return out;
    }

    static String generator() {
        String v = EvaluationRunner.class.getPackage().getImplementationVersion();
        return "HILLmix " + (v == null ? "(development build)" : v);
    }

    private static ModelCard modelCard(JobConfig c, JobData d) {
        String data = d.summary().dataset() + "; classes " + String.join(", ", d.summary().classes()) + "; "
                + d.summary().trainItems() + " train / " + d.summary().validationItems() + " validation / "
                + d.summary().testItems() + " test items (stratified split, seed " + c.split().seed() + ")"
                + (d.summary().labelSources().isEmpty() ? "" : "; human labels: "
                        + String.join("; ", d.summary().labelSources()))
                + ".";
        String regimes = "Model " + c.model() + ", " + c.training().epochs() + " epochs, " + c.training().optimizer()
                + " (lr " + c.training().learningRate() + ", " + c.training().schedule() + " schedule"
                + (c.training().augment() ? ", crop + flip augmentation" : "") + "), trained once per seed "
                + c.seeds() + " under each regime: " + String.join(", ", c.regimeNames()) + ". hard = one-hot labels; "
                + "human-soft = per-annotator soft labels; votes = vote distributions; label-smoothing = uniform "
                + "smoothing; mixup = Beta(alpha, alpha) pixel mixtures labelled by the true lambda; human-mixup = the "
                + "same mixtures labelled by the human-perceived lambda (fitted perception map); "
                + "human-soft-mode-aligned = the human label with its mode moved to the hard label; entropy-matched = "
                + "label smoothing with each item's human-label entropy; random-soft = the human label's values on "
                + "random classes, the largest on the hard label. Every regime is compared with the reference '"
                + c.regimeNames().get(c.referenceIndex()) + "' by a paired bootstrap over test items.";
        String use = "Research comparison of how training targets (hard, human soft labels, mixup, human-aligned "
                + "mixup) change accuracy, calibration, robustness and alignment with human uncertainty on this data. "
                + "The trained models are by-products of the comparison and are not released or meant for deployment.";
        List<String> limits = new ArrayList<>();
        limits.add("Small models and short training: absolute numbers are far from the state of the art; compare "
                + "regimes with each other, not with published results.");
        limits.add("Intervals over " + c.seeds().size() + " seed(s) reflect training randomness on a single split, "
                + "not sampling of the data; bootstrap intervals (per seed, in the JSON) reflect test-set sampling.");
        if (c.dataset() instanceof DatasetSpec.Synthetic) {
            limits.add("Synthetic data and simulated annotators: the annotators follow a hand-made model of human "
                    + "answering (rounding, noise, an S-shaped perceived-lambda bias), so conclusions about real "
                    + "people need real judgments.");
        } else {
            limits.add("Human labels come from crowd workers of the cited studies, who saw 32x32 images; their "
                    + "uncertainty reflects those images and that population.");
        }
        if (d.summary().testItemsWithHumanLabels() < d.summary().testItems()) {
            limits.add("Human-alignment metrics use only the " + d.summary().testItemsWithHumanLabels() + " of "
                    + d.summary().testItems() + " test items that have human labels.");
        }
        return new ModelCard(data, regimes, use, limits);
    }
}
