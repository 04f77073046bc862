package org.hillmix.core.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of an evaluation job, versioned as {@code "schema": "hillmix.report/1"} and documented field by
 * field in docs/report-schema.md; {@link ContractJson} reads and writes it. The server renders it as a standalone
 * HTML page too.
 *
 * <p>Metric values are keyed by the names of {@link MetricCatalog}; a value is {@code null} when it is not
 * available (for example human-alignment metrics when no test item has human labels, or FGSM metrics when FGSM
 * is disabled). JSON never contains NaN or infinities.
 *
 * @param schema {@value #SCHEMA}
 * @param name the job name
 * @param createdAt when the report was made, ISO-8601 UTC
 * @param generator program and version that made it
 * @param config the job as run (defaults filled in)
 * @param data what the data and labels were
 * @param regimes one entry per regime, in the job's order
 * @param reference the display name of the reference regime that {@code comparisons} compare with
 * @param comparisons paired comparisons of every other regime with the reference, per headline metric
 * @param perception the perception map used by human-mixup, or {@code null} when none was fitted
 * @param modelCard the model card
 * @param warnings things a reader should know (e.g. items without human labels), possibly empty
 */
@JsonPropertyOrder({"schema", "name", "createdAt", "generator", "config", "data", "reference", "comparisons",
    "regimes", "perception", "modelCard", "warnings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationReport(String schema, String name, String createdAt, String generator, JobConfig config,
        DataSummary data, List<RegimeResult> regimes, String reference,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Comparison> comparisons,
        PerceptionSummary perception, ModelCard modelCard, List<String> warnings) {

    /** Schema identifier of this version of the format. */
    public static final String SCHEMA = "hillmix.report/1";

    /** Copies the lists. */
    public EvaluationReport {
        regimes = List.copyOf(regimes);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report without comparisons (reference and comparisons absent). */
    public EvaluationReport(String schema, String name, String createdAt, String generator, JobConfig config,
            DataSummary data, List<RegimeResult> regimes, PerceptionSummary perception, ModelCard modelCard,
            List<String> warnings) {
        this(schema, name, createdAt, generator, config, data, regimes, null, null, perception, modelCard, warnings);
    }

    /**
     * The paired difference of one regime to the reference regime in one headline metric
     * (docs/metrics.md, "Paired comparisons").
     *
     * @param regime the regime's display name
     * @param reference the reference regime's display name
     * @param metric the metric's key ({@link MetricCatalog})
     * @param difference regime minus reference, mean over seeds
     * @param interval {@code [low, high]}: the 95% paired bootstrap interval over test items (the same drawn
     *        items for both regimes, per seed, pooled over seeds; bias-shifted for binned calibration errors), or
     *        {@code null} when the job has no bootstrap or the interval is undefined
     * @param separated whether the interval excludes 0
     */
    @JsonPropertyOrder({"regime", "reference", "metric", "difference", "interval", "separated"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Comparison(String regime, String reference, String metric, double difference, double[] interval,
            boolean separated) {
    }

    /**
     * What the job trained and tested on.
     *
     * @param dataset a one-line description of the data set
     * @param classes class names in index order
     * @param trainItems number of training items
     * @param validationItems number of validation items
     * @param testItems number of test items
     * @param labelSources one line per human label source
     * @param trainItemsWithSoftLabels training items with at least one per-annotator soft label
     * @param meanAnnotatorsPerTrainItem mean number of soft labels per labelled training item, or null
     * @param testItemsWithHumanLabels test items with a human label distribution (for alignment metrics)
     * @param citations studies whose data the job used
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DataSummary(String dataset, List<String> classes, int trainItems, int validationItems,
            int testItems, List<String> labelSources, int trainItemsWithSoftLabels, Double meanAnnotatorsPerTrainItem,
            int testItemsWithHumanLabels, List<Citation> citations) {
    }

    /**
     * A study to cite.
     *
     * @param key short key, e.g. {@code collins2023}
     * @param text the reference
     * @param url where to find it
     */
    public record Citation(String key, String text, String url) {
    }

    /**
     * The results of one regime.
     *
     * @param name display name (the regime's label)
     * @param regime regime identifier ({@code hard}, {@code mixup}, ...)
     * @param parameters the regime's parameters from the job
     * @param seeds one result per training seed
     * @param aggregate per metric: mean over seeds with a 95% interval
     * @param reliability reliability bins of the test predictions of the first seed (before temperature scaling)
     * @param dataMap dataset cartography of the first seed's training run (the same as that seed's
     *        {@link SeedResult#dataMap()}), or null when not recorded
     * @param stability training stability over the seeds, or null when not measured
     */
    @JsonPropertyOrder({"name", "regime", "parameters", "aggregate", "stability", "seeds", "reliability", "dataMap"})
    public record RegimeResult(String name, String regime, Map<String, Object> parameters, List<SeedResult> seeds,
            Map<String, Aggregate> aggregate, List<ReliabilityBin> reliability, DataMap dataMap,
            @JsonInclude(JsonInclude.Include.NON_NULL) Stability stability) {

        /** A result without stability figures. */
        public RegimeResult(String name, String regime, Map<String, Object> parameters, List<SeedResult> seeds,
                Map<String, Aggregate> aggregate, List<ReliabilityBin> reliability, DataMap dataMap) {
            this(name, regime, parameters, seeds, aggregate, reliability, dataMap, null);
        }
    }

    /**
     * Training stability of a regime over its seeds (docs/metrics.md, "Training stability").
     *
     * @param lossSd per epoch, the across-seed sample standard deviation of the training loss (null where fewer
     *        than two seeds trained that long)
     * @param meanLossSd mean of {@code lossSd} over its non-null epochs, or null
     * @param lastLossSd {@code lossSd} at the last non-null epoch, or null
     * @param forgettingRate mean over seeds of the forgetting rate (forgetting events per item and epoch
     *        transition), or null with one epoch
     * @param flipRate mean over seeds of the fraction of epoch transitions in which a training item's correctness
     *        changed, or null with one epoch
     * @param unforgettableFraction mean over seeds of the fraction of training items learnt and never forgotten
     * @param neverLearntFraction mean over seeds of the fraction of training items never predicted right
     * @param difficulty calibration by difficulty tercile (human-label entropy of the test items), means over
     *        seeds; empty when no test item has a human distribution
     */
    public record Stability(List<Double> lossSd, Double meanLossSd, Double lastLossSd, Double forgettingRate,
            Double flipRate, Double unforgettableFraction, Double neverLearntFraction, List<DifficultyGroup> difficulty) {
    }

    /**
     * One difficulty tercile of the test items (docs/metrics.md, "Calibration by item difficulty").
     *
     * @param group {@code easy}, {@code medium} or {@code hard}
     * @param items test items in the group
     * @param minEntropy smallest human-label entropy in the group (nats), null when empty
     * @param maxEntropy largest, null when empty
     * @param metrics {@code accuracy}, {@code nll}, {@code ece}, {@code debiasedEce} of the group's items (a
     *        seed's values, or their means over seeds); empty when the group is empty
     */
    public record DifficultyGroup(String group, int items, Double minEntropy, Double maxEntropy,
            Map<String, Double> metrics) {
    }

    /**
     * Forgetting events of one training run (Toneva et al. 2019, counted once per epoch; docs/metrics.md).
     *
     * @param items training items
     * @param epochs epochs
     * @param events forgetting events (right at one epoch, wrong at the next)
     * @param forgettingRate events per item and epoch transition, null with one epoch
     * @param flipRate fraction of item-transitions whose correctness changed, null with one epoch
     * @param unforgettableFraction fraction of items right at least once and never forgotten
     * @param neverLearntFraction fraction of items never right
     */
    public record Forgetting(int items, int epochs, long events, Double forgettingRate, Double flipRate,
            double unforgettableFraction, double neverLearntFraction) {
    }

    /**
     * The test predictions of one training run, stored when the job asks for them ({@code metrics.predictions}),
     * so that every number of the report can be recomputed.
     *
     * @param labels hard label of each test item
     * @param probabilities softmax probabilities of each test item (before temperature scaling)
     * @param human human label distribution of each test item, null where it has none
     */
    public record TestPredictions(int[] labels, double[][] probabilities, double[][] human) {
    }

    /**
     * One training run.
     *
     * @param seed training seed
     * @param metrics metric name to value (null when not available)
     * @param intervals metric name to bootstrap 95% interval over test items (absent when bootstrap is 0)
     * @param temperature the temperature fitted on validation logits
     * @param epochTrainLoss mean training loss per epoch
     * @param trainSamples training examples seen
     * @param trainSeconds wall-clock training time in seconds
     * @param dataMap dataset cartography of this run, or null when not recorded
     * @param forgetting forgetting events of this run, or null when not recorded
     * @param difficulty calibration of this run by difficulty tercile; empty without human labels
     * @param predictions the run's test predictions, or null unless the job asked for them
     */
    public record SeedResult(long seed, Map<String, Double> metrics, Map<String, Interval> intervals,
            double temperature, double[] epochTrainLoss, long trainSamples, double trainSeconds,
            @JsonInclude(JsonInclude.Include.NON_NULL) DataMap dataMap,
            @JsonInclude(JsonInclude.Include.NON_NULL) Forgetting forgetting,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<DifficultyGroup> difficulty,
            @JsonInclude(JsonInclude.Include.NON_NULL) TestPredictions predictions) {

        /** A result without data map, forgetting, difficulty or predictions. */
        public SeedResult(long seed, Map<String, Double> metrics, Map<String, Interval> intervals,
                double temperature, double[] epochTrainLoss, long trainSamples, double trainSeconds) {
            this(seed, metrics, intervals, temperature, epochTrainLoss, trainSamples, trainSeconds, null, null, null,
                    null);
        }
    }

    /**
     * A 95% interval.
     *
     * @param low lower bound
     * @param high upper bound
     */
    public record Interval(double low, double high) {
    }

    /**
     * A metric over seeds: the mean, with the 95% Student-t interval {@code mean +- t(0.975, n-1) * sd / sqrt(n)}
     * (low = high = mean when n = 1).
     *
     * @param mean mean over seeds
     * @param sd sample standard deviation (0 when n = 1)
     * @param low lower end of the 95% interval
     * @param high upper end
     * @param n number of seeds with a value
     */
    public record Aggregate(double mean, double sd, double low, double high, int n) {
    }

    /**
     * One bin of a reliability diagram.
     *
     * @param lower lower edge of the confidence bin
     * @param upper upper edge
     * @param count predictions in the bin
     * @param confidence mean top-class confidence in the bin (null when empty)
     * @param accuracy accuracy in the bin (null when empty)
     */
    public record ReliabilityBin(double lower, double upper, int count, Double confidence, Double accuracy) {
    }

    /**
     * Dataset cartography (Swayamdipta et al., 2020) of one training run: per training item, the mean and the
     * standard deviation over epochs of the probability given to its label, and the fraction of epochs it was
     * predicted correctly.
     *
     * @param points the items (at most a few thousand, an evenly spaced subsample of larger sets)
     * @param items number of training items mapped
     * @param easy items with confidence &gt;= 0.75 and variability &lt; 0.2 ("easy to learn")
     * @param ambiguous items with variability &gt;= 0.2
     * @param hard items with confidence &lt; 0.25 and variability &lt; 0.2 ("hard to learn")
     */
    public record DataMap(List<DataMapPoint> points, int items, int easy, int ambiguous, int hard) {
    }

    /**
     * One training item on the data map.
     *
     * @param item training-set position
     * @param confidence mean probability of the label over epochs
     * @param variability standard deviation of it over epochs
     * @param correctness fraction of epochs with a correct prediction
     * @param ambiguous whether the item is known to be ambiguous (a synthetic blend, or humans disagree)
     */
    public record DataMapPoint(int item, double confidence, double variability, double correctness,
            boolean ambiguous) {
    }

    /**
     * The perception map of the human-mixup regime.
     *
     * @param source the judgments it was fitted from
     * @param judgments number of judgments
     * @param pairCurves class pairs with their own curve
     * @param confidenceWeighted whether judgments were weighted by confidence
     * @param pooledX knot inputs of the pooled curve
     * @param pooledY knot values of the pooled curve
     */
    public record PerceptionSummary(String source, int judgments, int pairCurves, boolean confidenceWeighted,
            double[] pooledX, double[] pooledY) {
    }

    /**
     * A model card (Mitchell et al., 2019), short.
     *
     * @param data what the models were trained and tested on
     * @param regimes how the regimes differ
     * @param intendedUse what the models and report are for
     * @param limitations what they are not good for
     */
    public record ModelCard(String data, String regimes, String intendedUse, List<String> limitations) {
    }

    /** The regime named {@code name}, or {@code null}. */
    public RegimeResult regime(String name) {
        return regimes.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** This report as pretty-printed JSON, see {@link ContractJson#write(EvaluationReport)}. */
    public String toJson() {
        return ContractJson.write(this);
    }

    /**
     * Parses a report with {@link ContractJson#readReport(String)}.
     *
     * @throws IllegalArgumentException when it is not JSON or not a {@value #SCHEMA} report
     */
    public static EvaluationReport fromJson(String json) {
        return ContractJson.readReport(json);
    }

    /** Writes the JSON report to {@code file}, atomically and forced to the device before this returns. */
    public void writeJson(Path file) throws IOException {
        org.hillmix.core.internal.fs.AtomicFiles.writeDurably(file, toJson().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
