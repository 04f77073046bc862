package org.hillmix.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    static final AnswerValidator V = new AnswerValidator(ClassSet.CIFAR10);
    static final int CAT = 3, DOG = 5;

    static AnswerValidation check(Answer a) {
        return V.validate(a);
    }

    static void assertError(Answer a, String fragment) {
        AnswerValidation v = check(a);
        assertFalse(v.isValid(), "expected an error for " + a);
        assertTrue(v.errors().stream().anyMatch(e -> e.contains(fragment)), "no error containing '" + fragment
                + "' in " + v.errors());
    }

    static void assertFlags(Answer a, AnswerFlag... flags) {
        AnswerValidation v = check(a);
        assertTrue(v.isValid(), v.errors().toString());
        Set<AnswerFlag> expected = flags.length == 0 ? EnumSet.noneOf(AnswerFlag.class) : EnumSet.of(flags[0], flags);
        assertEquals(expected, v.flags());
    }

    @Test
    void plainCategoricalAnswerIsCleanAndUnchanged() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 70, DOG, 20, List.of(0, 1, 8, 9));
        assertFlags(a);
        assertEquals(new CategoricalAnswer(CAT, 70, DOG, 20, List.of(0, 1, 8, 9)), a, "validation alters nothing");
    }

    @Test
    void categoricalErrors() {
        assertError(CategoricalAnswer.top1(10, 50, List.of()), "most probable class index 10 is out of range 0-9");
        assertError(CategoricalAnswer.top1(-2, 50, List.of()), "most probable class index -2");
        assertError(new CategoricalAnswer(CAT, 50, 11, 20, List.of()), "second most probable class index 11");
        assertError(CategoricalAnswer.top1(CAT, 50, List.of(12)), "impossible class index 12");
        assertError(CategoricalAnswer.top1(CAT, Double.NaN, List.of()), "most probable class probability is not a number");
        assertError(CategoricalAnswer.top1(CAT, 100.5, List.of()), "most probable class probability 100.5 is outside 0-100");
        assertError(CategoricalAnswer.top1(CAT, -1, List.of()), "outside 0-100");
        assertError(CategoricalAnswer.top1(CAT, Double.POSITIVE_INFINITY, List.of()), "outside 0-100");
        assertError(new CategoricalAnswer(CAT, 50, DOG, 101, List.of()), "second most probable class probability 101");
        assertError(new CategoricalAnswer(CAT, 50, CategoricalAnswer.NONE, 20, List.of()),
                "second probability 20 given without a second class");
    }

    @Test
    void categoricalFlags() {
        assertFlags(CategoricalAnswer.top1(CAT, 0, List.of()), AnswerFlag.TOP_PROBABILITY_ZERO);
        assertFlags(new CategoricalAnswer(CAT, 30, DOG, 40, List.of()), AnswerFlag.SECOND_ABOVE_TOP);
        assertFlags(new CategoricalAnswer(CAT, 80, DOG, 30, List.of()), AnswerFlag.PROBABILITIES_SUM_OVER_100);
        assertFlags(new CategoricalAnswer(CAT, 100, CAT, 100, List.of()), AnswerFlag.SECOND_SAME_AS_MOST_PROBABLE,
                AnswerFlag.PROBABILITIES_SUM_OVER_100);
        assertFlags(new CategoricalAnswer(CAT, 70, DOG, 30, List.of(DOG)), AnswerFlag.CHOSEN_CLASS_MARKED_IMPOSSIBLE);
        assertFlags(CategoricalAnswer.top1(CAT, 70, List.of(CAT)), AnswerFlag.CHOSEN_CLASS_MARKED_IMPOSSIBLE);
        assertFlags(new CategoricalAnswer(CAT, 60, DOG, Double.NaN, List.of()),
                AnswerFlag.SECOND_CLASS_WITHOUT_PROBABILITY);
        assertFlags(new CategoricalAnswer(CAT, 60, DOG, 0, List.of()), AnswerFlag.SECOND_PROBABILITY_ZERO);
        List<Integer> allButCatDog = List.of(0, 1, 2, 4, 6, 7, 8, 9);
        assertFlags(new CategoricalAnswer(CAT, 50, DOG, 30, allButCatDog), AnswerFlag.ALL_OTHER_CLASSES_IMPOSSIBLE);
        assertFlags(new CategoricalAnswer(CAT, 70, DOG, 30, allButCatDog)); // complete mass: nothing odd
        assertFlags(CategoricalAnswer.top1(CAT, 100, List.of(0, 1, 2, 4, 5, 6, 7, 8, 9)));
    }

    @Test
    void mixingFactor() {
        assertFlags(new MixingFactorAnswer(30, 80));
        assertFlags(new MixingFactorAnswer(30, 0), AnswerFlag.CONFIDENCE_ZERO);
        assertError(new MixingFactorAnswer(-1, 50), "mixing-factor slider -1 is outside 0-100");
        assertError(new MixingFactorAnswer(50, 101), "confidence 101 is outside 0-100");
        assertError(new MixingFactorAnswer(Double.NaN, 50), "slider is not a number");
    }

    @Test
    void constructMidpoint() {
        assertFlags(new ConstructMidpointAnswer(0.1, 0.5000000000000001, 0.1));
        assertFlags(new ConstructMidpointAnswer(0.9, 0.9, 0.1), AnswerFlag.CONSTRUCT_UNMOVED);
        assertFlags(new ConstructMidpointAnswer(0.1, 0.55, 0.1), AnswerFlag.CONSTRUCT_OFF_STEP_GRID);
        assertFlags(new ConstructMidpointAnswer(0.1, 1.0, 0.1), AnswerFlag.MIDPOINT_AT_END_POINT);
        assertError(new ConstructMidpointAnswer(0.1, 1.2, 0.1), "construct final lambda 1.2 is outside 0-1");
        assertError(new ConstructMidpointAnswer(-0.1, 0.5, 0.1), "construct start lambda");
        assertError(new ConstructMidpointAnswer(0.1, 0.5, 0), "construct step 0 is outside (0, 1]");
    }

    @Test
    void selectShuffled() {
        assertFlags(new SelectShuffledAnswer(0.6, List.of()));
        assertFlags(new SelectShuffledAnswer(0.30000000000000004, List.of(0.3, 0.1)));
        assertFlags(new SelectShuffledAnswer(0.0, List.of()), AnswerFlag.MIDPOINT_AT_END_POINT);
        assertError(new SelectShuffledAnswer(0.55, List.of()), "selected lambda 0.55 is not one of the 11 values");
        assertError(new SelectShuffledAnswer(1.1, List.of()), "selected lambda 1.1 is outside 0-1");
        assertError(new SelectShuffledAnswer(0.5, List.of(0.5, 0.25)), "shown lambda #2 0.25");
    }

    @Test
    void freeDistribution() {
        List<Double> ok = List.of(0.0, 0.0, 0.0, 60.0, 0.0, 40.0, 0.0, 0.0, 0.0, 0.0);
        assertFlags(new FreeDistributionAnswer(ok));
        assertError(new FreeDistributionAnswer(List.of(1.0, 2.0)), "has 2 weights; expected one per class (10)");
        List<Double> negative = List.of(0.0, 0.0, 0.0, 60.0, 0.0, -40.0, 0.0, 0.0, 0.0, 0.0);
        assertError(new FreeDistributionAnswer(negative), "weight of class dog is negative (-40)");
        List<Double> zeros = List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertError(new FreeDistributionAnswer(zeros), "all free-distribution weights are zero");
        List<Double> nan = List.of(0.0, 0.0, 0.0, Double.NaN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        assertError(new FreeDistributionAnswer(nan), "weight of class cat is NaN");
    }

    @Test
    void requireValidNamesThePlace() {
        AnswerValidation v = check(CategoricalAnswer.top1(CAT, 120, List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.requireValid("x.csv line 3"));
        assertTrue(e.getMessage().startsWith("x.csv line 3: most probable class probability 120"), e.getMessage());
    }

    @Test
    void theElicitationValidatorRefusesContradictionsTheLenientOneOnlyFlags() {
        AnswerValidator elicitation = AnswerValidator.forElicitation(ClassSet.CIFAR10);
        assertTrue(elicitation.isForElicitation());
        assertFalse(V.isForElicitation());
        CategoricalAnswer sameTwice = new CategoricalAnswer(CAT, 100, CAT, 100, List.of());
        CategoricalAnswer topImpossible = CategoricalAnswer.top1(CAT, 70, List.of(CAT));
        CategoricalAnswer both = new CategoricalAnswer(CAT, 60, DOG, 30, List.of(CAT, DOG));
        // Published data keeps them (flags only) ...
        assertTrue(V.validate(sameTwice).isValid());
        assertTrue(V.validate(topImpossible).isValid());
        assertTrue(V.validate(both).isValid());
        // ... an annotator answering now is told why and what to change.
        assertEquals(List.of("the second most probable class cannot be the most probable class itself (cat): choose"
                + " another class or none"), elicitation.validate(sameTwice).errors());
        assertEquals(List.of("cat is chosen as the most probable class and also marked impossible: unmark it or"
                + " choose another class"), elicitation.validate(topImpossible).errors());
        assertEquals(List.of("cat is chosen as the most probable class and also marked impossible: unmark it or"
                + " choose another class", "dog is chosen as the second most probable class and also marked"
                + " impossible: unmark it or choose another class"), elicitation.validate(both).errors());
        assertTrue(elicitation.validate(sameTwice).flags().isEmpty(), "refused answers carry no flags");
        // Everything else is judged alike.
        CategoricalAnswer odd = new CategoricalAnswer(CAT, 60, DOG, 60, List.of());
        assertEquals(V.validate(odd), elicitation.validate(odd));
        assertEquals(V.validate(CategoricalAnswer.top1(CAT, 150, List.of())),
                elicitation.validate(CategoricalAnswer.top1(CAT, 150, List.of())));
    }
}
