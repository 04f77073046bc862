package org.hillmix.core.metrics;

import java.util.List;

/**
 * The full metric set of one set of predictions. Definitions: {@code docs/metrics.md} and the
 * classes named below. Means are over the {@code n} examples.
 *
 * @param n number of examples
 * @param classes number of classes {@code k}
 * @param bins number of equal-width (and equal-mass) bins {@code B}
 * @param accuracy fraction with {@code argmax p = label} (lowest index wins ties, {@link TopLabel})
 * @param top2Accuracy fraction whose label ranks first or second ({@link TopLabel#rank})
 * @param worstClassAccuracy minimum, over the classes that occur as labels, of that class's accuracy
 * @param worstClass the class attaining {@code worstClassAccuracy} (lowest index on ties)
 * @param nll mean {@code -ln max(p_label, 1e-12)}
 * @param brier mean {@code sum_c (p_c - y_c)^2}, {@code y} one-hot
 * @param entropy mean predictive entropy {@code H(p)} in nats
 * @param ece top-label expected calibration error over {@code B} equal-width bins
 * @param mce largest {@code |acc_b - conf_b|} over the non-empty equal-width bins
 * @param eceEqualMass top-label ECE over {@code B} equal-mass bins ({@link EqualMassBins})
 * @param debiasedSquaredEce Kumar et al.'s debiased estimate {@code D} of the squared top-label calibration
 *        error over {@code B} equal-mass bins ({@link DebiasedCalibrationError}); may be negative
 * @param debiasedEce the debiased l2 calibration error {@code sqrt(max(D, 0))}
 * @param classwiseEce mean over classes of the equal-width ECE of {@code p_c} against {@code [label = c]}
 * @param rmsCalibrationError RMS calibration error with bins of {@code rmsBinSize} examples
 *        ({@link EqualMassBins#rmsCalibrationError})
 * @param rmsBinSize the RMS bin size {@code beta}
 * @param reliability the {@code B} equal-width bins, empty ones included (unmodifiable)
 * @param softTargets agreement with human soft targets, or {@code null} when none were given
 */
public record MetricReport(int n, int classes, int bins, double accuracy, double top2Accuracy,
        double worstClassAccuracy, int worstClass, double nll, double brier, double entropy, double ece, double mce,
        double eceEqualMass, double debiasedSquaredEce, double debiasedEce, double classwiseEce,
        double rmsCalibrationError, int rmsBinSize,
        List<ReliabilityBin> reliability, SoftTargetMetrics softTargets) {

    /** Makes {@code reliability} unmodifiable. */
    public MetricReport {
        reliability = List.copyOf(reliability);
    }

    /** Whether {@link #softTargets()} is present. */
    public boolean hasSoftTargets() {
        return softTargets != null;
    }
}
