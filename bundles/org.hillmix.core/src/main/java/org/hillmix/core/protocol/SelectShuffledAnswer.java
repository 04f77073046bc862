package org.hillmix.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * An H-Mix "select shuffled midpoint" answer: the annotator chose the image that looked 50/50 among
 * the 11 images of a midpoint series (lambda 0.0, 0.1, ..., 1.0) shown in shuffled order.
 *
 * @param selectedLambda lambda of the chosen image
 * @param shownOrder lambdas in the order they were shown, or empty when not recorded
 */
public record SelectShuffledAnswer(double selectedLambda, List<Double> shownOrder) implements Answer {

    /** Copies {@code shownOrder}. */
    public SelectShuffledAnswer {
        shownOrder = List.copyOf(Objects.requireNonNull(shownOrder, "shownOrder"));
    }

    @Override
    public Protocol protocol() {
        return Protocol.SELECT_SHUFFLED;
    }
}
