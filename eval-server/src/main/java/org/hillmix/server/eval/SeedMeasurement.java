package org.hillmix.server.eval;

import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.evaluation.EvaluationReport.DataMap;
import org.hillmix.core.evaluation.EvaluationReport.Interval;
import org.hillmix.core.evaluation.EvaluationReport.ReliabilityBin;

/**
 * What {@link RunMetrics} measured for one training run.
 *
 * @param metrics metric name ({@link MetricCatalog}) to value, null when not available
 * @param intervals bootstrap 95% intervals over test items, empty when bootstrap is off
 * @param temperature temperature fitted on the validation logits
 * @param reliability reliability bins of the test predictions before temperature scaling
 * @param dataMap dataset cartography of the run, or null
 */
record SeedMeasurement(Map<String, Double> metrics, Map<String, Interval> intervals, double temperature,
        List<ReliabilityBin> reliability, DataMap dataMap) {
}
