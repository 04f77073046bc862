package org.hillmix.core.mixup;

import java.util.random.RandomGenerator;

/**
 * Sampling from the Beta(alpha, beta) distribution, density
 * {@code x^(alpha-1) (1-x)^(beta-1) / B(alpha, beta)} on [0, 1], mean {@code alpha / (alpha + beta)}.
 *
 * <p>Method: {@code X ~ Gamma(alpha)}, {@code Y ~ Gamma(beta)} (unit scale), {@code X / (X + Y)}.
 * Gamma draws use Marsaglia and Tsang (2000), "A simple method for generating gamma variables",
 * for shape {@code k >= 1}, and {@code Gamma(k) = Gamma(k + 1) * U^(1/k)} for {@code k < 1}. Both
 * are kept as logarithms so that small shapes (e.g. mixup's alpha = 0.2, where draws of
 * {@code 1e-300} and smaller are common) neither underflow nor give 0/0:
 * {@code X / (X + Y) = 1 / (1 + exp(log Y - log X))}.
 */
public final class BetaDistribution {

    private final double alpha;
    private final double beta;

    /**
     * @throws IllegalArgumentException unless both shapes are finite and &gt; 0
     */
    public BetaDistribution(double alpha, double beta) {
        checkShape("alpha", alpha);
        checkShape("beta", beta);
        this.alpha = alpha;
        this.beta = beta;
    }

    /** The symmetric Beta(alpha, alpha) used by mixup. */
    public static BetaDistribution symmetric(double alpha) {
        return new BetaDistribution(alpha, alpha);
    }

    private static void checkShape(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("Beta " + name + " must be a finite number > 0, got " + v);
        }
    }

    /** First shape parameter. */
    public double alpha() {
        return alpha;
    }

    /** Second shape parameter. */
    public double beta() {
        return beta;
    }

    /** Mean, {@code alpha / (alpha + beta)}. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** Variance, {@code alpha beta / ((alpha + beta)^2 (alpha + beta + 1))}. */
    public double variance() {
        double s = alpha + beta;
        return alpha * beta / (s * s * (s + 1));
    }

    /** One draw in [0, 1]. */
    public double sample(RandomGenerator rnd) {
        double logX = logGamma(alpha, rnd);
        double logY = logGamma(beta, rnd);
        return 1 / (1 + Math.exp(logY - logX));
    }

    /** The logarithm of a Gamma(shape, 1) draw. */
    static double logGamma(double shape, RandomGenerator rnd) {
        if (shape < 1) {
            // Gamma(k) = Gamma(k + 1) * U^(1/k), U uniform on (0, 1]
            double u = 1 - rnd.nextDouble();
            return logGamma(shape + 1, rnd) + Math.log(u) / shape;
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rnd.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - rnd.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return Math.log(d) + Math.log(v);
            }
        }
    }

    @Override
    public String toString() {
        return "Beta(" + alpha + ", " + beta + ")";
    }
}
