package org.hillmix.server.train;

import java.util.SplittableRandom;

/**
 * Draws from the symmetric Beta(alpha, alpha) distribution as {@code X / (X + Y)} with X, Y
 * independent Gamma(alpha, 1). Gamma variates use Marsaglia and Tsang (2000) for shape
 * {@code >= 1} and the boost {@code Gamma(a) = Gamma(a + 1) U^(1/a)} for {@code a < 1}; the ratio
 * is formed in log space so that small alphas (0.1, 0.2: most mass near 0 and 1) neither
 * underflow nor give 0/0. Pure Java, deterministic for a given random stream.
 */
final class BetaSampler {

    private final double alpha;

    /** @param alpha Beta parameter, finite and &gt; 0 */
    BetaSampler(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("Beta parameter alpha must be finite and > 0, got " + alpha);
        }
        this.alpha = alpha;
    }

    /** One draw in [0, 1]. */
    double sample(SplittableRandom rng) {
        double logX = logGamma(alpha, rng);
        double logY = logGamma(alpha, rng);
        // X / (X + Y) = 1 / (1 + exp(logY - logX)), stable for very small X and Y.
        return 1.0 / (1.0 + Math.exp(logY - logX));
    }

    /** Logarithm of a Gamma(shape, 1) variate. */
    private static double logGamma(double shape, SplittableRandom rng) {
        if (shape < 1) {
            double u = openUniform(rng);
            return logGamma(shape + 1, rng) + Math.log(u) / shape;
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double z = gaussian(rng);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = openUniform(rng);
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return Math.log(d) + Math.log(v);
            }
        }
    }

    /** Uniform in (0, 1), never 0 so that its logarithm is finite. */
    private static double openUniform(SplittableRandom rng) {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0);
        return u;
    }

    /** Standard normal variate by the Box-Muller transform (own code keeps the stream explicit). */
    private static double gaussian(SplittableRandom rng) {
        double u1 = openUniform(rng);
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
