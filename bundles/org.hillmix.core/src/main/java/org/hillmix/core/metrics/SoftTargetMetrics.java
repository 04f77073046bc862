package org.hillmix.core.metrics;

/**
 * Agreement of predictions with human soft targets, each a mean over examples (nats, natural log;
 * see {@link Divergences}).
 *
 * @param crossEntropy mean {@code -sum_c t_c ln max(p_c, 1e-12)}
 * @param kl mean {@code KL(t || p)}
 * @param jensenShannon mean Jensen-Shannon divergence, in {@code [0, ln 2]}
 * @param l1 mean {@code sum_c |p_c - t_c|}, in {@code [0, 2]}
 * @param targetEntropy mean entropy of the human targets
 * @param entropyCorrelation Pearson correlation over examples between the model's predictive
 *        entropy {@code H(p_i)} and the human-label entropy {@code H(t_i)}; NaN when either entropy
 *        has zero variance (e.g. all targets one-hot) or there is a single example, because the
 *        correlation is then undefined
 */
public record SoftTargetMetrics(double crossEntropy, double kl, double jensenShannon, double l1,
        double targetEntropy, double entropyCorrelation) {
}
