package org.hillmix.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * A free distribution over all classes: one non-negative weight per class, on any scale (the
 * workbench uses 0-100 sliders); {@link #normalised()} gives the distribution.
 *
 * @param weights one weight per class, in class-index order
 */
public record FreeDistributionAnswer(List<Double> weights) implements Answer {

    /** Copies {@code weights}. */
    public FreeDistributionAnswer {
        weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
    }

    /**
     * The weights divided by their sum.
     *
     * @throws IllegalArgumentException when the weights do not sum to a positive finite number
     */
    public double[] normalised() {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalArgumentException("free distribution weights sum to " + sum
                    + "; give at least one class a positive weight");
        }
        double[] p = new double[weights.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = weights.get(i) / sum;
        }
        return p;
    }

    @Override
    public Protocol protocol() {
        return Protocol.FREE_DISTRIBUTION;
    }
}
