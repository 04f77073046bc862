package org.hillmix.core.mixup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses the mixing factors lambda for each image pair: either a fixed {@link Grid} (every pair
 * gets every lambda of the list, in order) or {@link Beta} draws from Beta(alpha, alpha).
 */
public sealed interface LambdaSampler {

    /** The lambdas for one pair, each in [0, 1]; {@code rnd} supplies randomness where needed. */
    double[] lambdasForPair(RandomGenerator rnd);

    /** Number of lambdas per pair. */
    int perPair();

    /** A grid; see {@link Grid}. */
    static Grid grid(List<Double> lambdas) {
        return new Grid(lambdas);
    }

    /** A grid; see {@link Grid}. */
    static Grid grid(double... lambdas) {
        return new Grid(java.util.Arrays.stream(lambdas).boxed().toList());
    }

    /** {@code draws} draws per pair from Beta(alpha, alpha); see {@link Beta}. */
    static Beta beta(double alpha, int draws) {
        return new Beta(alpha, draws);
    }

    /**
     * Every pair gets each lambda of the list.
     *
     * @param lambdas non-empty, each in [0, 1], no value twice
     */
    record Grid(List<Double> lambdas) implements LambdaSampler {

        /** @throws IllegalArgumentException when the list is empty, a value is outside [0, 1] or repeated */
        public Grid {
            lambdas = List.copyOf(lambdas);
            if (lambdas.isEmpty()) {
                throw new IllegalArgumentException("the lambda list is empty; give at least one value in [0, 1]");
            }
            Set<Double> seen = new HashSet<>();
            for (int i = 0; i < lambdas.size(); i++) {
                double l = lambdas.get(i);
                if (!(l >= 0 && l <= 1)) {
                    throw new IllegalArgumentException("lambda " + l + " (value " + (i + 1) + " of the list) is outside"
                            + " [0, 1]");
                }
                if (!seen.add(l)) {
                    throw new IllegalArgumentException("lambda " + l + " appears twice in the list " + lambdas);
                }
            }
        }

        @Override
        public double[] lambdasForPair(RandomGenerator rnd) {
            return lambdas.stream().mapToDouble(Double::doubleValue).toArray();
        }

        @Override
        public int perPair() {
            return lambdas.size();
        }
    }

    /**
     * Each pair gets {@code draws} independent draws from Beta(alpha, alpha), as in mixup
     * (Zhang et al. 2018).
     *
     * @param alpha the Beta shape, &gt; 0 (mixup commonly uses 0.2-1)
     * @param draws lambdas per pair, &ge; 1
     */
    record Beta(double alpha, int draws) implements LambdaSampler {

        /** @throws IllegalArgumentException unless alpha is finite and &gt; 0 and draws &ge; 1 */
        public Beta {
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("Beta alpha must be a finite number > 0, got " + alpha);
            }
            if (draws < 1) {
                throw new IllegalArgumentException("draws per pair must be at least 1, got " + draws);
            }
        }

        @Override
        public double[] lambdasForPair(RandomGenerator rnd) {
            BetaDistribution dist = BetaDistribution.symmetric(alpha);
            double[] out = new double[draws];
            for (int i = 0; i < draws; i++) {
                out[i] = dist.sample(rnd);
            }
            return out;
        }

        @Override
        public int perPair() {
            return draws;
        }
    }
}
