package org.hillmix.core.remote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the workbench shows of an evaluation report ({@code hillmix.report/1}, docs/report-schema.md):
 * per regime the metric aggregates over seeds with their 95% intervals, the reliability bins and
 * the data map. The full JSON is kept for export.
 *
 * @param name the job name
 * @param createdAt when the report was made
 * @param classes the class names
 * @param regimes the regimes in the job's order
 * @param warnings the report's warnings
 * @param json the report as received
 */
public record CalibrationReport(String name, String createdAt, List<String> classes, List<Regime> regimes,
        List<String> warnings, String json) {

    /** The report schema this reads. */
    public static final String SCHEMA = "hillmix.report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One regime's results.
     *
     * @param name display name
     * @param regime regime id ({@code hard}, {@code human-soft}, ...)
     * @param metrics metric name to its aggregate over seeds, in report order
     * @param reliability reliability bins of the first seed's test predictions
     * @param dataMap the first seed's data map points
     */
    public record Regime(String name, String regime, Map<String, Aggregate> metrics, List<Bin> reliability,
            List<MapPoint> dataMap) {

        /** Copies the collections. */
        public Regime {
            metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            reliability = List.copyOf(reliability);
            dataMap = List.copyOf(dataMap);
        }
    }

    /**
     * A metric over seeds: mean, sample standard deviation and 95% Student-t interval.
     *
     * @param mean the mean over seeds
     * @param sd the sample standard deviation ({@code NaN} for one seed)
     * @param low interval low end
     * @param high interval high end
     * @param n number of seeds
     */
    public record Aggregate(double mean, double sd, double low, double high, int n) {
    }

    /**
     * A reliability bin.
     *
     * @param lower bin lower edge of the top confidence
     * @param upper bin upper edge
     * @param count predictions in the bin
     * @param confidence mean top confidence in the bin, {@code NaN} when empty
     * @param accuracy accuracy in the bin, {@code NaN} when empty
     */
    public record Bin(double lower, double upper, int count, double confidence, double accuracy) {
    }

    /**
     * A data map point (dataset cartography).
     *
     * @param item the training item
     * @param confidence mean probability of its label over epochs
     * @param variability its standard deviation over epochs
     * @param correctness share of epochs predicted correctly
     */
    public record MapPoint(String item, double confidence, double variability, double correctness) {
    }

    /** Copies the lists. */
    public CalibrationReport {
        classes = List.copyOf(classes);
        regimes = List.copyOf(regimes);
        warnings = List.copyOf(warnings);
    }

    /**
     * Parses a report.
     *
     * @throws IOException when it is not JSON or not a {@value #SCHEMA} report
     */
    public static CalibrationReport parse(String json) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException("not a report: invalid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException("not a HILLmix evaluation report: schema is '" + (root == null ? ""
                    : root.path("schema").asText()) + "', expected '" + SCHEMA + "'");
        }
        List<String> classes = new ArrayList<>();
        root.path("data").path("classes").forEach(c -> classes.add(c.asText()));
        List<Regime> regimes = new ArrayList<>();
        for (JsonNode r : root.path("regimes")) {
            Map<String, Aggregate> metrics = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.path("aggregate").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode a = e.getValue();
                metrics.put(e.getKey(), new Aggregate(num(a, "mean"), num(a, "sd"), num(a, "low"), num(a, "high"),
                        a.path("n").asInt()));
            }
            List<Bin> bins = new ArrayList<>();
            for (JsonNode b : r.path("reliability")) {
                bins.add(new Bin(num(b, "lower"), num(b, "upper"), b.path("count").asInt(), num(b, "confidence"),
                        num(b, "accuracy")));
            }
            List<MapPoint> points = new ArrayList<>();
            for (JsonNode p : r.path("dataMap").path("points")) {
                points.add(new MapPoint(p.path("item").asText(), num(p, "confidence"), num(p, "variability"),
                        num(p, "correctness")));
            }
            regimes.add(new Regime(r.path("name").asText(), r.path("regime").asText(), metrics, bins, points));
        }
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new CalibrationReport(root.path("name").asText(), root.path("createdAt").asText(), classes, regimes,
                warnings, json);
    }

    private static double num(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }
}
