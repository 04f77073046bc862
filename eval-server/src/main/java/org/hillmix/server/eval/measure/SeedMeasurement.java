package org.hillmix.server.eval.measure;

import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.DataMap;
import org.hillmix.core.evaluation.EvaluationReport.DifficultyGroup;
import org.hillmix.core.evaluation.EvaluationReport.Forgetting;
import org.hillmix.core.evaluation.EvaluationReport.Interval;
import org.hillmix.core.evaluation.EvaluationReport.ReliabilityBin;
import org.hillmix.core.evaluation.MetricCatalog;
import org.hillmix.core.metrics.ItemPredictions;

/**
 * What {@link RunMetrics} measured for one training run.
 *
 * @param metrics metric name ({@link MetricCatalog}) to value, null when not available
 * @param intervals bootstrap 95% intervals over test items, empty when bootstrap is off
 * @param temperature temperature fitted on the validation logits
 * @param reliability reliability bins of the test predictions before temperature scaling
 * @param dataMap dataset cartography of the run, or null
 * @param forgetting forgetting events of the run, or null when the engine recorded no epochs
 * @param difficulty calibration by difficulty tercile, empty without human labels
 * @param items the test predictions with the human distributions, for the paired comparisons
 */
public record SeedMeasurement(Map<String, Double> metrics, Map<String, Interval> intervals, double temperature,
        List<ReliabilityBin> reliability, DataMap dataMap, Forgetting forgetting, List<DifficultyGroup> difficulty,
        ItemPredictions items) {
}
