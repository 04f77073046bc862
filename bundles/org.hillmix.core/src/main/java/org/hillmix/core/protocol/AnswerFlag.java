package org.hillmix.core.protocol;

/**
 * A named reason why a legal answer looks odd. Flagged answers are kept exactly as given; flags
 * only tell the analyst where to look. {@link AnswerValidator} raises the flags about values;
 * importers raise the ones about raw text ({@link #UNPARSEABLE_MOST_PROBABILITY}, {@link
 * #UNPARSEABLE_SECOND_PROBABILITY}).
 */
public enum AnswerFlag {
    /** Categorical: the most probable class was given probability 0. */
    TOP_PROBABILITY_ZERO("the most probable class was given probability 0"),
    /** Categorical: the second class was given more probability than the most probable one. */
    SECOND_ABOVE_TOP("the second class was given more probability than the most probable class"),
    /** Categorical: the two probabilities add up to more than 100 (labels renormalise them). */
    PROBABILITIES_SUM_OVER_100("the probabilities add up to more than 100"),
    /**
     * Categorical: the second most probable class is the most probable class itself. The
     * CIFAR-10S construction then keeps only the second probability for that class.
     */
    SECOND_SAME_AS_MOST_PROBABLE("the second most probable class is the most probable class itself"),
    /** Categorical: the most probable or the second class is also marked impossible. */
    CHOSEN_CLASS_MARKED_IMPOSSIBLE("a chosen class is also marked impossible"),
    /**
     * Categorical: every class other than the chosen ones is marked impossible although the given
     * probabilities add up to less than 100, so the missing mass can only be renormalised onto
     * the chosen classes.
     */
    ALL_OTHER_CLASSES_IMPOSSIBLE("all other classes are marked impossible although the probabilities add up to less than 100"),
    /** Categorical: a second class was chosen without a usable probability. */
    SECOND_CLASS_WITHOUT_PROBABILITY("a second class was chosen without a usable probability"),
    /** Categorical: a second class was chosen with probability 0. */
    SECOND_PROBABILITY_ZERO("a second class was chosen with probability 0"),
    /** Import: the typed probability of the most probable class is not a number. */
    UNPARSEABLE_MOST_PROBABILITY("the typed probability of the most probable class is not a number"),
    /** Import: the typed second probability is not a number. */
    UNPARSEABLE_SECOND_PROBABILITY("the typed second probability is not a number"),
    /** Mixing factor: the annotator gave confidence 0. */
    CONFIDENCE_ZERO("confidence 0"),
    /** Construct midpoint: the final lambda is the start lambda (the annotator did not move). */
    CONSTRUCT_UNMOVED("the final lambda is the start lambda"),
    /** Construct midpoint: the final lambda is not a whole number of steps away from the start. */
    CONSTRUCT_OFF_STEP_GRID("the final lambda is not a whole number of steps away from the start"),
    /** Construct or select midpoint: lambda 0 or 1 (a pure image) was chosen as the 50/50 point. */
    MIDPOINT_AT_END_POINT("a pure end-point image (lambda 0 or 1) was chosen as the 50/50 point");

    private final String description;

    AnswerFlag(String description) {
        this.description = description;
    }

    /** One-line human-readable description. */
    public String description() {
        return description;
    }
}
