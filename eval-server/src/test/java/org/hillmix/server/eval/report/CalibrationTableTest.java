package org.hillmix.server.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.Aggregate;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.MetricCatalog;
import org.junit.jupiter.api.Test;

/** The demo's calibration table names the direction of miscalibration from the fitted temperature. */
class CalibrationTableTest {

    private static RegimeResult regime(String name, Double temperature, double ece, double eceTs) {
        Map<String, Aggregate> agg = new LinkedHashMap<>();
        if (temperature != null) {
            agg.put(MetricCatalog.TEMPERATURE, new Aggregate(temperature, 0, temperature, temperature, 1));
        }
        agg.put(MetricCatalog.ECE, new Aggregate(ece, 0, ece, ece, 1));
        agg.put(MetricCatalog.TS_ECE, new Aggregate(eceTs, 0, eceTs, eceTs, 1));
        return new RegimeResult(name, "hard", Map.of(), List.of(), agg, List.of(), null);
    }

    @Test
    void aTemperatureAboveOneIsOverConfidenceAndBelowOneUnderConfidence() {
        EvaluationReport sample = ReportFixtures.sample("x");
        List<RegimeResult> regimes = new ArrayList<>(List.of(regime("hard", 1.8, 0.12, 0.03),
                regime("human-soft", 0.6, 0.09, 0.02), regime("votes", 1.0, 0.05, 0.05), regime("none", null, 0.1,
                        0.1)));
        EvaluationReport report = new EvaluationReport(sample.schema(), sample.name(), sample.createdAt(),
                sample.generator(), sample.config(), sample.data(), regimes, sample.perception(), sample.modelCard(),
                sample.warnings());
        String[] lines = ReportFiles.calibrationTable(report).split("\n");
        assertEquals(6, lines.length, String.join("\n", lines));
        assertTrue(lines[2].startsWith("hard") && lines[2].contains("1.8000") && lines[2].contains("0.1200")
                && lines[2].contains("0.0300") && lines[2].endsWith("over-confident"), lines[2]);
        assertTrue(lines[3].endsWith("under-confident"), lines[3]);
        assertTrue(lines[4].endsWith("about right (0.95 <= T <= 1.05)"), lines[4]);
        assertTrue(lines[5].contains("n/a") && lines[5].endsWith("n/a"), lines[5]);
    }
}
