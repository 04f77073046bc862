package org.hillmix.server.eval.report;

import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.MetricCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hillmix.server.eval.measure.SeedAggregate;

class EvaluationReportTest {

    @Test
    void jsonIsVersionedAndRoundTrips() throws Exception {
        EvaluationReport r = ReportFixtures.sample("hard", "mixup");
        String json = r.toJson();
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals("hillmix.report/1", tree.get("schema").asText());
        assertEquals("hillmix.job/1", tree.get("config").get("schema").asText());
        assertEquals(2, tree.get("regimes").size());
        assertTrue(tree.get("regimes").get(0).get("seeds").get(0).get("metrics").get("humanCrossEntropy").isNull(),
                "unavailable metrics are null");
        assertFalse(json.contains("NaN") || json.contains("Infinity"));
        assertEquals(json, EvaluationReport.fromJson(json).toJson());
    }

    @Test
    void rejectsOtherSchemas() {
        String json = ReportFixtures.sample("hard").toJson().replace("hillmix.report/1", "hillmix.report/9");
        assertThrows(IllegalArgumentException.class, () -> EvaluationReport.fromJson(json));
    }

    @Test
    void aggregatesSeedsWithStudentT() {
        // Values 1, 2, 3: mean 2, sd 1, half-width t(0.975, 2) * 1 / sqrt(3) = 4.303 / 1.732 = 2.4843.
        EvaluationReport.Aggregate a = SeedAggregate.of(java.util.Arrays.asList(1.0, 2.0, null, 3.0));
        assertEquals(2.0, a.mean(), 1e-12);
        assertEquals(1.0, a.sd(), 1e-12);
        assertEquals(2 - 4.303 / Math.sqrt(3), a.low(), 1e-3); // table value to 3 decimals
        assertEquals(3, a.n());
        EvaluationReport.Aggregate one = SeedAggregate.of(java.util.List.of(0.7));
        assertEquals(0.7, one.low());
        assertEquals(0.7, one.high());
    }

    @Test
    void truncatesSeedIntervalsToTheMetricRange() {
        // ECE over seeds 0.01, 0.02, 0.15: mean 0.06, sd 0.0781, half-width 4.303 * 0.0781 / sqrt(3) = 0.194,
        // so the raw interval [-0.134, 0.254] reaches below 0, which no ECE can be.
        EvaluationReport.Aggregate a = SeedAggregate.of(java.util.List.of(0.01, 0.02, 0.15), 0, 1);
        assertEquals(0.06, a.mean(), 1e-12);
        assertEquals(0.0, a.low());
        assertEquals(0.06 + 4.303 * a.sd() / Math.sqrt(3), a.high(), 1e-3);
        MetricCatalog.Metric ece = MetricCatalog.ALL.stream().filter(m -> m.key().equals(MetricCatalog.ECE))
                .findFirst().orElseThrow();
        assertEquals(0.0, ece.minimum());
        assertEquals(1.0, ece.maximum());
    }
}
