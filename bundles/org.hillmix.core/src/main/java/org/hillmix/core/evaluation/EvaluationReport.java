package org.hillmix.core.evaluation;

import java.io.IOException;
import java.nio.file.Files;
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
 * @param perception the perception map used by human-mixup, or {@code null} when none was fitted
 * @param modelCard the model card
 * @param warnings things a reader should know (e.g. items without human labels), possibly empty
 */
@JsonPropertyOrder({"schema", "name", "createdAt", "generator", "config", "data", "regimes", "perception",
    "modelCard", "warnings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationReport(String schema, String name, String createdAt, String generator, JobConfig config,
        DataSummary data, List<RegimeResult> regimes, PerceptionSummary perception, ModelCard modelCard,
        List<String> warnings) {

    /** Schema identifier of this version of the format. */
    public static final String SCHEMA = "hillmix.report/1";

    /** Copies the lists. */
    public EvaluationReport {
        regimes = List.copyOf(regimes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
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
     * @param dataMap dataset cartography of the first seed's training run, or null when not recorded
     */
    @JsonPropertyOrder({"name", "regime", "parameters", "aggregate", "seeds", "reliability", "dataMap"})
    public record RegimeResult(String name, String regime, Map<String, Object> parameters, List<SeedResult> seeds,
            Map<String, Aggregate> aggregate, List<ReliabilityBin> reliability, DataMap dataMap) {
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
     */
    public record SeedResult(long seed, Map<String, Double> metrics, Map<String, Interval> intervals,
            double temperature, double[] epochTrainLoss, long trainSamples, double trainSeconds) {
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

    /** Writes the JSON report to {@code file}. */
    public void writeJson(Path file) throws IOException {
        Files.writeString(file, toJson());
    }
}
