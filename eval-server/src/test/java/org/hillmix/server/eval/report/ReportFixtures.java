package org.hillmix.server.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.Aggregate;
import org.hillmix.core.evaluation.EvaluationReport.DataMap;
import org.hillmix.core.evaluation.EvaluationReport.DataMapPoint;
import org.hillmix.core.evaluation.EvaluationReport.DataSummary;
import org.hillmix.core.evaluation.EvaluationReport.Interval;
import org.hillmix.core.evaluation.EvaluationReport.ModelCard;
import org.hillmix.core.evaluation.EvaluationReport.PerceptionSummary;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport.ReliabilityBin;
import org.hillmix.core.evaluation.EvaluationReport.SeedResult;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.server.eval.data.JobConfigTest;

/** Hand-built reports for rendering tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static EvaluationReport sample(String... regimeNames) {
        JobConfig config = JobConfig.parse(JobConfigTest.SPEC_EXAMPLE);
        List<RegimeResult> regimes = new ArrayList<>();
        for (int r = 0; r < regimeNames.length; r++) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put(MetricCatalog.ACCURACY, 0.8 + 0.01 * r);
            metrics.put(MetricCatalog.NLL, 0.5 - 0.02 * r);
            metrics.put(MetricCatalog.ECE, 0.05);
            metrics.put(MetricCatalog.BRIER, 0.3);
            metrics.put(MetricCatalog.HUMAN_CE, null);
            Map<String, Interval> ci = Map.of(MetricCatalog.ACCURACY, new Interval(0.75, 0.85));
            SeedResult s0 = new SeedResult(0, metrics, ci, 1.3, new double[] {1.2, 0.8}, 1200, 3.5);
            SeedResult s1 = new SeedResult(1, metrics, ci, 1.2, new double[] {1.1, 0.7}, 1200, 3.4);
            Map<String, Aggregate> agg = new LinkedHashMap<>();
            agg.put(MetricCatalog.ACCURACY, new Aggregate(0.8 + 0.01 * r, 0.01, 0.78, 0.82 + 0.01 * r, 2));
            agg.put(MetricCatalog.NLL, new Aggregate(0.5 - 0.02 * r, 0.01, 0.45, 0.55, 2));
            agg.put(MetricCatalog.ECE, new Aggregate(0.05, 0.01, 0.04, 0.06, 2));
            List<ReliabilityBin> bins = List.of(new ReliabilityBin(0, 0.5, 10, 0.4, 0.3),
                    new ReliabilityBin(0.5, 1, 90, 0.85, 0.9 - 0.01 * r), new ReliabilityBin(0.5, 0.5, 0, null, null));
            DataMap map = new DataMap(List.of(new DataMapPoint(0, 0.9, 0.05, 1, false),
                    new DataMapPoint(1, 0.5, 0.3, 0.5, true), new DataMapPoint(2, 0.1, 0.02, 0, false)), 3, 1, 1, 1);
            regimes.add(new RegimeResult(regimeNames[r], "hard", Map.of(), List.of(s0, s1), agg, bins, map));
        }
        DataSummary data = new DataSummary("synthetic procedural images", List.of("stripes", "rings", "blob", "checkers"),
                600, 200, 200, List.of("simulated annotators"), 600, 5.0, 200,
                List.of(Citations.COLLINS_2023, Citations.COLLINS_2022, Citations.PETERSON_2019));
        PerceptionSummary perception = new PerceptionSummary("simulated annotators", 600, 6, true,
                new double[] {0, 0.25, 0.5, 1}, new double[] {0, 0.15, 0.5, 1});
        ModelCard card = new ModelCard("data", "regimes", "research", List.of("small models"));
        return new EvaluationReport(EvaluationReport.SCHEMA, "demo & <test>", "2026-01-01T00:00:00Z", "HILLmix test",
                config, data, regimes, perception, card, List.of("a warning"));
    }

    /** {@code report} with its first regime as the reference and these comparisons. */
    static EvaluationReport withComparisons(EvaluationReport report, List<EvaluationReport.Comparison> comparisons) {
        return new EvaluationReport(report.schema(), report.name(), report.createdAt(), report.generator(),
                report.config(), report.data(), report.regimes(), report.regimes().get(0).name(), comparisons,
                report.perception(), report.modelCard(), report.warnings());
    }
}
