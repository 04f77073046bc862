package org.hillmix.server.eval.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.DataMap;
import org.hillmix.core.evaluation.EvaluationReport.DataMapPoint;
import org.hillmix.core.evaluation.EvaluationReport.DifficultyGroup;
import org.hillmix.core.evaluation.EvaluationReport.Forgetting;
import org.hillmix.core.evaluation.EvaluationReport.Interval;
import org.hillmix.core.evaluation.EvaluationReport.ReliabilityBin;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.evaluation.MetricsSpec;
import org.hillmix.core.metrics.Bootstrap;
import org.hillmix.core.metrics.Cartography;
import org.hillmix.core.metrics.CartographyAccumulator;
import org.hillmix.core.metrics.DifficultyTerciles;
import org.hillmix.core.metrics.ForgettingEvents;
import org.hillmix.core.metrics.HeadlineMetric;
import org.hillmix.core.metrics.ItemBootstrap;
import org.hillmix.core.metrics.ItemPredictions;
import org.hillmix.core.metrics.MetricInterval;
import org.hillmix.core.metrics.MetricReport;
import org.hillmix.core.metrics.Metrics;
import org.hillmix.core.metrics.Predictions;
import org.hillmix.core.metrics.SoftTargetMetrics;
import org.hillmix.core.metrics.Softmax;
import org.hillmix.core.metrics.TemperatureScaling;
import org.hillmix.core.metrics.TemperatureScalingResult;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.eval.data.JobData;
import org.hillmix.server.train.ExampleSet;
import org.hillmix.server.train.TrainingResult;

/**
 * Measures one training run with the core metrics library ({@code org.hillmix.core.metrics}, definitions in
 * docs/metrics.md), producing the metric names of {@link MetricCatalog}.
 *
 * <ul>
 * <li>Test metrics: {@link Metrics} of {@code softmax(test logits)} against the hard labels.</li>
 * <li>Human alignment: the soft-target metrics of the test items that have a human distribution (all others
 * are left out of these metrics only).</li>
 * <li>Temperature scaling: {@link TemperatureScaling#evaluate} fitted on the validation logits; the
 * {@code ...Ts} metrics are the test metrics at the fitted temperature.</li>
 * <li>FGSM: accuracy and NLL of the engine's FGSM probabilities (float32 softmax rows, renormalised after
 * checking they sum to 1 within 1e-3).</li>
 * <li>Bootstrap: percentile intervals over test items of the headline metrics ({@link ItemBootstrap}) with
 * {@code spec.bootstrap()} resamples, seeded by the training seed, bias-shifted for the binned calibration
 * errors.</li>
 * <li>Data map: {@link CartographyAccumulator} over the per-epoch target probabilities and correctness; forgetting
 * events ({@link ForgettingEvents}) over the per-epoch correctness.</li>
 * <li>Difficulty: the metrics by tercile of the test items' human-label entropy ({@link DifficultyTerciles}).</li>
 * </ul>
 */
public final class RunMetrics {

    /** Most data map points kept in a report (an evenly spaced subsample beyond). */
    static final int MAX_MAP_POINTS = 2000;
    /** Largest allowed row-sum deviation of the engine's float32 FGSM probabilities. */
    private static final double FLOAT_ROW_TOLERANCE = 1e-3;

    private RunMetrics() {
    }

    /**
     * Measures {@code result} on the job's test split.
     *
     * @param result the training run
     * @param data the job's data it was trained on
     * @param spec what the job asks to measure
     * @param seed the run's seed (also seeds the bootstrap)
     * @return the run's measurement
     */
    public static SeedMeasurement measure(TrainingResult result, JobData data, MetricsSpec spec, long seed) {
        return measure(result, data, spec, seed, null, Double.NaN);
    }

    /**
     * Measures the runs of a K-fold job on their pooled out-of-fold predictions: every item once, fold by fold.
     * The temperature of each fold is fitted on that fold's own validation part and applied to that fold's test
     * logits; the {@code temperature} metric is the mean of the K fitted temperatures. Bootstrap intervals
     * resample the pooled items. The data map is that of the first fold's run.
     *
     * @param results one training result per fold, in fold order
     * @param folds the folds' data, in fold order
     * @param spec what the job asks to measure
     * @param seed the runs' seed (also seeds the bootstrap)
     * @return the pooled measurement
     */
    public static SeedMeasurement measurePooled(List<TrainingResult> results, List<JobData> folds, MetricsSpec spec,
            long seed) {
        if (results.size() != folds.size() || results.isEmpty()) {
            throw new IllegalArgumentException("pooled measurement needs one result per fold, got " + results.size()
                    + " results for " + folds.size() + " folds");
        }
        List<double[]> test = new ArrayList<>();
        List<double[]> validation = new ArrayList<>();
        List<double[]> fgsm4 = new ArrayList<>();
        List<double[]> fgsm8 = new ArrayList<>();
        List<double[]> human = new ArrayList<>();
        List<Double> itemTemperature = new ArrayList<>();
        double temperatureSum = 0;
        JobData first = folds.get(0);
        ExampleSet pooledTest = null;
        ExampleSet pooledValidation = null;
        for (int f = 0; f < folds.size(); f++) {
            TrainingResult r = results.get(f);
            JobData d = folds.get(f);
            double t = TemperatureScaling.fit(r.validationLogits(), d.validation().labels(), ProgressMonitor.NULL)
                    .temperature();
            temperatureSum += t;
            for (int i = 0; i < r.testLogits().length; i++) {
                test.add(r.testLogits()[i]);
                human.add(d.testHuman()[i]);
                itemTemperature.add(t);
                if (r.fgsmProbs4() != null) {
                    fgsm4.add(r.fgsmProbs4()[i]);
                    fgsm8.add(r.fgsmProbs8()[i]);
                }
            }
            validation.addAll(List.of(r.validationLogits()));
            pooledTest = pooledTest == null ? d.test() : concat(pooledTest, d.test());
            pooledValidation = pooledValidation == null ? d.validation() : concat(pooledValidation, d.validation());
        }
        TrainingResult r0 = results.get(0);
        TrainingResult pooled = new TrainingResult(test.toArray(double[][]::new), validation.toArray(double[][]::new),
                fgsm4.isEmpty() ? null : fgsm4.toArray(double[][]::new),
                fgsm8.isEmpty() ? null : fgsm8.toArray(double[][]::new), r0.epochTargetConfidence(), r0.epochCorrect(),
                r0.epochTrainLoss(), r0.trainSamples(), r0.trainSeconds());
        JobData data = new JobData(first.classes(), first.train(), pooledValidation, pooledTest,
                first.trainAnnotatorLabels(), first.trainVotes(), human.toArray(double[][]::new),
                first.trainAmbiguous(), first.judgments(), first.judgmentSource(), first.summary(), first.warnings());
        double[] perItem = itemTemperature.stream().mapToDouble(Double::doubleValue).toArray();
        return measure(pooled, data, spec, seed, perItem, temperatureSum / folds.size());
    }

    private static ExampleSet concat(ExampleSet a, ExampleSet b) {
        float[][] images = new float[a.size() + b.size()][];
        int[] labels = new int[a.size() + b.size()];
        System.arraycopy(a.images(), 0, images, 0, a.size());
        System.arraycopy(b.images(), 0, images, a.size(), b.size());
        System.arraycopy(a.labels(), 0, labels, 0, a.size());
        System.arraycopy(b.labels(), 0, labels, a.size(), b.size());
        return new ExampleSet(a.channels(), a.height(), a.width(), images, labels, a.numClasses());
    }

    /**
     * Measures {@code result}; with {@code itemTemperature} (one fitted temperature per test item, K-fold) the
     * scaled metrics use those and the reported temperature is {@code meanTemperature}, else one temperature is
     * fitted on the validation logits.
     */
    private static SeedMeasurement measure(TrainingResult result, JobData data, MetricsSpec spec, long seed,
            double[] itemTemperature, double meanTemperature) {
        int bins = spec.bins();
        int[] testLabels = data.test().labels();
        int k = data.classes().size();
        MetricReport before;
        MetricReport after;
        double temperature;
        double[][] probs = Softmax.probabilities(result.testLogits(), 1);
        double[][] probsTs;
        if (itemTemperature == null) {
            TemperatureScalingResult ts = TemperatureScaling.evaluate(result.validationLogits(),
                    data.validation().labels(), result.testLogits(), testLabels, null, bins, ProgressMonitor.NULL);
            before = ts.before();
            after = ts.after();
            temperature = ts.fit().temperature();
            probsTs = Softmax.probabilities(result.testLogits(), temperature);
        } else {
            probsTs = new double[probs.length][];
            for (int i = 0; i < probs.length; i++) {
                probsTs[i] = Softmax.probabilities(result.testLogits()[i], k, itemTemperature[i]);
            }
            before = Metrics.compute(Predictions.of(probs, testLabels, null), bins, ProgressMonitor.NULL);
            after = Metrics.compute(Predictions.of(probsTs, testLabels, null), bins, ProgressMonitor.NULL);
            temperature = meanTemperature;
        }

        Map<String, Double> m = new LinkedHashMap<>();
        put(m, MetricCatalog.ACCURACY, before.accuracy());
        put(m, MetricCatalog.TOP2, before.top2Accuracy());
        put(m, MetricCatalog.WORST_CLASS, before.worstClassAccuracy());
        put(m, MetricCatalog.NLL, before.nll());
        put(m, MetricCatalog.BRIER, before.brier());
        put(m, MetricCatalog.ECE, before.ece());
        put(m, MetricCatalog.MCE, before.mce());
        put(m, MetricCatalog.ECE_EQUAL_MASS, before.eceEqualMass());
        put(m, MetricCatalog.DEBIASED_ECE, before.debiasedEce());
        put(m, MetricCatalog.CLASSWISE_ECE, before.classwiseEce());
        put(m, MetricCatalog.RMS_CE, before.rmsCalibrationError());

        HumanSubset human = HumanSubset.of(data.testHuman());
        SoftTargetMetrics alignment = human.isEmpty() ? null : human.metrics(probs, testLabels, bins);
        SoftTargetMetrics alignmentTs = human.isEmpty() ? null : human.metrics(probsTs, testLabels, bins);
        put(m, MetricCatalog.HUMAN_CE, alignment == null ? Double.NaN : alignment.crossEntropy());
        put(m, MetricCatalog.HUMAN_KL, alignment == null ? Double.NaN : alignment.kl());
        put(m, MetricCatalog.HUMAN_JS, alignment == null ? Double.NaN : alignment.jensenShannon());
        put(m, MetricCatalog.HUMAN_L1, alignment == null ? Double.NaN : alignment.l1());
        put(m, MetricCatalog.ENTROPY_CORRELATION, alignment == null ? Double.NaN : alignment.entropyCorrelation());

        put(m, MetricCatalog.TEMPERATURE, temperature);
        put(m, MetricCatalog.TS_NLL, after.nll());
        put(m, MetricCatalog.TS_ECE, after.ece());
        put(m, MetricCatalog.TS_BRIER, after.brier());
        put(m, MetricCatalog.TS_HUMAN_CE, alignmentTs == null ? Double.NaN : alignmentTs.crossEntropy());

        fgsm(m, MetricCatalog.FGSM4_ACCURACY, MetricCatalog.FGSM4_CE, result.fgsmProbs4(), testLabels, k, bins);
        fgsm(m, MetricCatalog.FGSM8_ACCURACY, MetricCatalog.FGSM8_CE, result.fgsmProbs8(), testLabels, k, bins);

        ItemPredictions items = new ItemPredictions(Predictions.of(probs, testLabels, null), data.testHuman());
        Map<String, Interval> intervals = spec.bootstrap() > 0
                ? bootstrap(items, bins, spec.bootstrap(), seed) : Map.of();
        return new SeedMeasurement(m, intervals, temperature, reliability(before), dataMap(result, data),
                forgetting(result), difficulty(items, bins), items);
    }

    /** Forgetting events of the run's per-epoch correctness, or null when none was recorded. */
    static Forgetting forgetting(TrainingResult result) {
        boolean[][] correct = result.epochCorrect();
        if (correct == null || correct.length == 0 || correct[0].length == 0) {
            return null;
        }
        ForgettingEvents f = ForgettingEvents.of(correct);
        return new Forgetting(f.items(), f.epochs(), f.forgettingEvents(), finite(f.forgettingRate()),
                finite(f.flipRate()), f.unforgettableFraction(), f.neverLearntFraction());
    }

    /** Calibration by human-entropy tercile; empty when no test item has a human distribution. */
    static List<DifficultyGroup> difficulty(ItemPredictions items, int bins) {
        DifficultyTerciles t = DifficultyTerciles.of(items, bins);
        if (t == null) {
            return List.of();
        }
        List<DifficultyGroup> out = new ArrayList<>();
        for (DifficultyTerciles.Group g : t.groups()) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            MetricReport r = g.metrics();
            if (r != null) {
                put(metrics, MetricCatalog.ACCURACY, r.accuracy());
                put(metrics, MetricCatalog.NLL, r.nll());
                put(metrics, MetricCatalog.ECE, r.ece());
                put(metrics, MetricCatalog.DEBIASED_ECE, r.debiasedEce());
            }
            out.add(new DifficultyGroup(g.name(), g.items(), finite(g.minEntropy()), finite(g.maxEntropy()),
                    metrics));
        }
        return out;
    }

    private static void fgsm(Map<String, Double> m, String accKey, String ceKey, double[][] probs, int[] labels,
            int k, int bins) {
        if (probs == null) {
            return;
        }
        double[] flat = new double[probs.length * k];
        for (int i = 0; i < probs.length; i++) {
            if (probs[i].length != k) {
                throw new IllegalArgumentException("FGSM probabilities row " + i + " has " + probs[i].length
                        + " classes, expected " + k);
            }
            System.arraycopy(probs[i], 0, flat, i * k, k);
        }
        Predictions.renormaliseRows("FGSM probabilities", flat, k, FLOAT_ROW_TOLERANCE);
        MetricReport r = Metrics.compute(Predictions.ofFlat(flat, k, labels, null), bins, ProgressMonitor.NULL);
        put(m, accKey, r.accuracy());
        put(m, ceKey, r.nll());
    }

    /**
     * Intervals of the headline metrics ({@link HeadlineMetric}) from the same resamples, seeded by the training
     * seed; bias-shifted for the binned calibration errors (docs/metrics.md).
     */
    private static Map<String, Interval> bootstrap(ItemPredictions items, int bins, int resamples, long seed) {
        Map<String, Interval> out = new LinkedHashMap<>();
        Map<HeadlineMetric, MetricInterval> all = ItemBootstrap.intervals(items, List.of(HeadlineMetric.values()), bins,
                resamples, Bootstrap.DEFAULT_LEVEL, seed, ProgressMonitor.NULL);
        for (Map.Entry<HeadlineMetric, MetricInterval> e : all.entrySet()) {
            MetricInterval ci = e.getValue();
            if (Double.isFinite(ci.lower()) && Double.isFinite(ci.upper())) {
                out.put(e.getKey().key(), new Interval(ci.lower(), ci.upper()));
            }
        }
        return out;
    }

    /** Stores a value, or null when it is NaN or infinite (JSON has no NaN). */
    private static void put(Map<String, Double> m, String key, double value) {
        m.put(key, Double.isFinite(value) ? value : null);
    }

    private static List<ReliabilityBin> reliability(MetricReport r) {
        List<ReliabilityBin> out = new ArrayList<>();
        for (org.hillmix.core.metrics.ReliabilityBin b : r.reliability()) {
            out.add(new ReliabilityBin(b.lower(), b.upper(), (int) b.count(), finite(b.meanConfidence()),
                    finite(b.accuracy())));
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The data map of the run, or null when the engine recorded no epochs. */
    static DataMap dataMap(TrainingResult result, JobData data) {
        double[][] conf = result.epochTargetConfidence();
        boolean[][] correct = result.epochCorrect();
        if (conf == null || conf.length == 0 || correct == null) {
            return null;
        }
        int n = conf[0].length;
        CartographyAccumulator acc = new CartographyAccumulator(n);
        for (int e = 0; e < conf.length; e++) {
            acc.addEpoch(conf[e], correct[e]);
        }
        Cartography c = acc.result();
        int easy = 0;
        int ambiguous = 0;
        int hard = 0;
        for (int i = 0; i < n; i++) {
            double mu = c.confidence(i);
            double sigma = c.variability(i);
            if (sigma >= 0.2) {
                ambiguous++;
            } else if (mu >= 0.75) {
                easy++;
            } else if (mu < 0.25) {
                hard++;
            }
        }
        List<DataMapPoint> points = new ArrayList<>();
        int step = Math.max(1, (n + MAX_MAP_POINTS - 1) / MAX_MAP_POINTS);
        for (int i = 0; i < n; i += step) {
            boolean known = data.trainAmbiguous() != null && i < data.trainAmbiguous().length
                    && data.trainAmbiguous()[i];
            points.add(new DataMapPoint(i, c.confidence(i), c.variability(i), c.correctness(i), known));
        }
        return new DataMap(points, n, easy, ambiguous, hard);
    }

    /** The test items that have a human distribution. */
    private record HumanSubset(int[] indices, double[][] targets) {

        static HumanSubset of(double[][] testHuman) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < testHuman.length; i++) {
                if (testHuman[i] != null) {
                    idx.add(i);
                }
            }
            int[] indices = idx.stream().mapToInt(Integer::intValue).toArray();
            double[][] targets = new double[indices.length][];
            for (int j = 0; j < indices.length; j++) {
                targets[j] = testHuman[indices[j]];
            }
            return new HumanSubset(indices, targets);
        }

        boolean isEmpty() {
            return indices.length == 0;
        }

        int size() {
            return indices.length;
        }

        int index(int j) {
            return indices[j];
        }

        double[] target(int j) {
            return targets[j];
        }

        SoftTargetMetrics metrics(double[][] probs, int[] labels, int bins) {
            double[][] p = new double[indices.length][];
            int[] y = new int[indices.length];
            for (int j = 0; j < indices.length; j++) {
                p[j] = probs[indices[j]];
                y[j] = labels[indices[j]];
            }
            return Metrics.compute(p, y, targets, bins).softTargets();
        }
    }
}
