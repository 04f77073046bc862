package org.hillmix.core.protocol;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A CIFAR-10S categorical soft-label answer. Probabilities are on the study's 0-100 scale.
 *
 * @param mostProbable index of the most probable class
 * @param mostProbability probability given to it, 0-100
 * @param secondProbable index of the second most probable class, or {@link #NONE}
 * @param secondProbability probability given to it, 0-100, or {@code NaN} when no second class or
 *     no usable value was given
 * @param impossible indices of the classes marked impossible, sorted, without duplicates
 */
public record CategoricalAnswer(int mostProbable, double mostProbability, int secondProbable,
        double secondProbability, List<Integer> impossible) implements Answer {

    /** Marker for "no second most probable class". */
    public static final int NONE = -1;

    /** Normalises {@code impossible} into a sorted list without duplicates. */
    public CategoricalAnswer {
        Objects.requireNonNull(impossible, "impossible");
        impossible = List.copyOf(new TreeSet<>(impossible));
    }

    /** An answer with a top class only. */
    public static CategoricalAnswer top1(int mostProbable, double mostProbability, List<Integer> impossible) {
        return new CategoricalAnswer(mostProbable, mostProbability, NONE, Double.NaN, impossible);
    }

    /** Whether a second most probable class was chosen. */
    public boolean hasSecond() {
        return secondProbable != NONE;
    }

    /** Whether a usable probability for the second class was given. */
    public boolean hasSecondProbability() {
        return hasSecond() && !Double.isNaN(secondProbability);
    }

    @Override
    public Protocol protocol() {
        return Protocol.CATEGORICAL;
    }
}
