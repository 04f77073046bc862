package org.hillmix.core.evaluation;

import java.util.List;

/**
 * The names, meanings and directions of the metrics in a report (keys of {@code SeedResult.metrics}). All are
 * computed on the test split; "p" is the model's softmax output, "y" the hard label, "h" the human label
 * distribution of the item (mean of its annotators' soft labels, or its votes).
 */
public final class MetricCatalog {

    /**
     * One metric.
     *
     * @param key JSON key
     * @param label short column heading
     * @param higherIsBetter direction
     * @param description definition
     */
    public record Metric(String key, String label, boolean higherIsBetter, String description) {

        /**
         * The smallest value the metric can take: -1 for the entropy correlation, 0 for every other metric
         * (rates, calibration errors, divergences, losses and the temperature are non-negative).
         */
        public double minimum() {
            return ENTROPY_CORRELATION.equals(key) ? -1 : 0;
        }

        /**
         * The largest value the metric can take: 1 for rates, calibration errors and the correlation, 2 for the
         * Brier score and the L1 distance, ln 2 for the Jensen-Shannon divergence, unbounded otherwise.
         */
        public double maximum() {
            return switch (key) {
                case ACCURACY, TOP2, WORST_CLASS, ECE, MCE, ECE_EQUAL_MASS, DEBIASED_ECE, CLASSWISE_ECE, RMS_CE, TS_ECE,
                        FGSM4_ACCURACY, FGSM8_ACCURACY, ENTROPY_CORRELATION -> 1;
                case BRIER, TS_BRIER, HUMAN_L1 -> 2;
                case HUMAN_JS -> Math.log(2);
                default -> Double.POSITIVE_INFINITY;
            };
        }
    }

    /** Top-1 accuracy. */
    public static final String ACCURACY = "accuracy";
    /** Top-2 accuracy. */
    public static final String TOP2 = "top2Accuracy";
    /** Lowest per-class accuracy. */
    public static final String WORST_CLASS = "worstClassAccuracy";
    /** Negative log-likelihood. */
    public static final String NLL = "nll";
    /** Brier score. */
    public static final String BRIER = "brier";
    /** Expected calibration error. */
    public static final String ECE = "ece";
    /** Maximum calibration error. */
    public static final String MCE = "mce";
    /** ECE with equal-mass bins. */
    public static final String ECE_EQUAL_MASS = "eceEqualMass";
    /** Debiased l2 calibration error (Kumar et al. 2019). */
    public static final String DEBIASED_ECE = "debiasedEce";
    /** Classwise ECE. */
    public static final String CLASSWISE_ECE = "classwiseEce";
    /** RMS calibration error. */
    public static final String RMS_CE = "rmsCalibrationError";
    /** Cross-entropy to human labels. */
    public static final String HUMAN_CE = "humanCrossEntropy";
    /** KL divergence from human labels. */
    public static final String HUMAN_KL = "humanKl";
    /** Jensen-Shannon divergence to human labels. */
    public static final String HUMAN_JS = "humanJs";
    /** L1 distance to human labels. */
    public static final String HUMAN_L1 = "humanL1";
    /** Correlation of model and human entropies. */
    public static final String ENTROPY_CORRELATION = "entropyCorrelation";
    /** Fitted temperature. */
    public static final String TEMPERATURE = "temperature";
    /** NLL after temperature scaling. */
    public static final String TS_NLL = "nllTs";
    /** ECE after temperature scaling. */
    public static final String TS_ECE = "eceTs";
    /** Brier after temperature scaling. */
    public static final String TS_BRIER = "brierTs";
    /** Human cross-entropy after temperature scaling. */
    public static final String TS_HUMAN_CE = "humanCrossEntropyTs";
    /** FGSM 4/255 accuracy. */
    public static final String FGSM4_ACCURACY = "fgsm4Accuracy";
    /** FGSM 4/255 cross-entropy. */
    public static final String FGSM4_CE = "fgsm4CrossEntropy";
    /** FGSM 8/255 accuracy. */
    public static final String FGSM8_ACCURACY = "fgsm8Accuracy";
    /** FGSM 8/255 cross-entropy. */
    public static final String FGSM8_CE = "fgsm8CrossEntropy";

    /** Every metric, in report order. */
    public static final List<Metric> ALL = List.of(
            new Metric(ACCURACY, "Accuracy", true, "fraction of items with argmax p = y"),
            new Metric(TOP2, "Top-2", true, "fraction of items whose label is among the two largest p"),
            new Metric(WORST_CLASS, "Worst class", true, "lowest per-class accuracy"),
            new Metric(NLL, "NLL", false, "mean -log p_y"),
            new Metric(BRIER, "Brier", false, "mean sum_k (p_k - [k = y])^2"),
            new Metric(ECE, "ECE", false, "expected calibration error, equal-width confidence bins: "
                    + "sum_b n_b/N |acc_b - conf_b|"),
            new Metric(MCE, "MCE", false, "maximum calibration error: max_b |acc_b - conf_b|"),
            new Metric(ECE_EQUAL_MASS, "ECE (eq. mass)", false, "ECE with bins holding equal numbers of items"),
            new Metric(DEBIASED_ECE, "Debiased ECE", false, "debiased l2 calibration error over equal-mass bins "
                    + "(Kumar et al. 2019): sqrt(max(0, sum_b n_b/N [(acc_b - conf_b)^2 - acc_b(1 - acc_b)/(n_b - 1)]))"),
            new Metric(CLASSWISE_ECE, "Classwise ECE", false, "mean over classes of the ECE of p_k against [y = k]"),
            new Metric(RMS_CE, "RMS CE", false, "root mean square calibration error: sqrt(sum_b n_b/N (acc_b - conf_b)^2)"),
            new Metric(HUMAN_CE, "Human CE", false, "mean -sum_k h_k log p_k over items with human labels"),
            new Metric(HUMAN_KL, "Human KL", false, "mean KL(h || p)"),
            new Metric(HUMAN_JS, "Human JS", false, "mean Jensen-Shannon divergence between h and p (natural log)"),
            new Metric(HUMAN_L1, "Human L1", false, "mean sum_k |h_k - p_k|"),
            new Metric(ENTROPY_CORRELATION, "Entropy corr.", true,
                    "Pearson correlation between the entropies of p and h over items"),
            new Metric(TEMPERATURE, "Temperature", false, "T minimising validation NLL of softmax(logits / T)"),
            new Metric(TS_NLL, "NLL (TS)", false, "NLL after temperature scaling"),
            new Metric(TS_ECE, "ECE (TS)", false, "ECE after temperature scaling"),
            new Metric(TS_BRIER, "Brier (TS)", false, "Brier score after temperature scaling"),
            new Metric(TS_HUMAN_CE, "Human CE (TS)", false, "human cross-entropy after temperature scaling"),
            new Metric(FGSM4_ACCURACY, "FGSM 4/255 acc.", true, "accuracy under FGSM with eps = 4/255"),
            new Metric(FGSM4_CE, "FGSM 4/255 CE", false, "mean -log p_y under FGSM with eps = 4/255"),
            new Metric(FGSM8_ACCURACY, "FGSM 8/255 acc.", true, "accuracy under FGSM with eps = 8/255"),
            new Metric(FGSM8_CE, "FGSM 8/255 CE", false, "mean -log p_y under FGSM with eps = 8/255"));

    /**
     * The headline metrics: each has a bootstrap interval over test items per seed and a paired comparison with
     * the reference regime (the keys of {@code org.hillmix.core.metrics.HeadlineMetric}).
     */
    public static final List<String> BOOTSTRAPPED = List.of(ACCURACY, NLL, BRIER, ECE, DEBIASED_ECE, CLASSWISE_ECE,
            HUMAN_CE);

    /** The columns of the comparison table printed by the demo and shown first in the HTML report. */
    public static final List<String> SUMMARY = List.of(ACCURACY, NLL, ECE, DEBIASED_ECE, BRIER, HUMAN_CE);

    private MetricCatalog() {
    }

    /** The metric with key {@code key}. */
    public static Metric get(String key) {
        return ALL.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + key + "'"));
    }
}
