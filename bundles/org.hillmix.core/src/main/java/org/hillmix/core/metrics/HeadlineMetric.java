package org.hillmix.core.metrics;

/**
 * The metrics that reports compare between training regimes ({@link PairedBootstrap}) and give per-regime
 * bootstrap intervals for ({@link ItemBootstrap}). Each is a function of the multiset of test items drawn, so
 * it can be evaluated on any bootstrap resample; on the full test set it equals the {@link MetricReport} value
 * of the same name (up to rounding in the last bits). Keys are the report's metric names.
 */
public enum HeadlineMetric {

    /** Top-1 accuracy ({@link MetricReport#accuracy()}). */
    ACCURACY("accuracy", false),
    /** Mean negative log-likelihood, probabilities floored at 1e-12 ({@link MetricReport#nll()}). */
    NLL("nll", false),
    /** Multi-class Brier score ({@link MetricReport#brier()}). */
    BRIER("brier", false),
    /** Plug-in top-label ECE over equal-width bins ({@link MetricReport#ece()}). */
    ECE("ece", true),
    /** Debiased l2 calibration error over equal-mass bins ({@link MetricReport#debiasedEce()}). */
    DEBIASED_ECE("debiasedEce", true),
    /** Classwise ECE ({@link MetricReport#classwiseEce()}). */
    CLASSWISE_ECE("classwiseEce", true),
    /**
     * Mean cross-entropy to the human distribution over the drawn items that have one
     * ({@link SoftTargetMetrics#crossEntropy()} of those items); NaN when none was drawn.
     */
    HUMAN_CE("humanCrossEntropy", false);

    private final String key;
    private final boolean binned;

    HeadlineMetric(String key, boolean binned) {
        this.key = key;
        this.binned = binned;
    }

    /** The metric's name in reports, e.g. {@code "debiasedEce"}. */
    public String key() {
        return key;
    }

    /**
     * Whether the metric is a binned calibration error. These are nonlinear in the sample: their bootstrap
     * distribution is shifted against the estimate (drawing items with repeats adds noise, and noise adds
     * calibration error), so their intervals are bias-shifted (see {@link ItemBootstrap}).
     */
    public boolean binned() {
        return binned;
    }

    /** The metric whose key is {@code key}. */
    public static HeadlineMetric ofKey(String key) {
        for (HeadlineMetric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown headline metric '" + key + "'");
    }
}
