package org.hillmix.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked labels for all six schemes (gamma 0.1), CIFAR-10 classes: airplane 0, automobile 1,
 * bird 2, cat 3, deer 4, dog 5, frog 6, horse 7, ship 8, truck 9. Notation of
 * {@link CategoricalSoftLabeler}: v = answered mass, m = sum, r = rest to spread, P = possible
 * classes, S = classes with mass, d = |P| - |S|, Z = classes without mass.
 */
class CategoricalSoftLabelerGoldenTest {

    static final ClassSet C = ClassSet.CIFAR10;
    static final double G = 0.1;
    static final double EPS = 1e-12;

    static final int AIRPLANE = 0, AUTOMOBILE = 1, BIRD = 2, CAT = 3, DEER = 4, DOG = 5, FROG = 6, HORSE = 7,
            SHIP = 8, TRUCK = 9;

    /** The four vehicle classes, marked impossible in most examples. */
    static final List<Integer> VEHICLES = List.of(AIRPLANE, AUTOMOBILE, SHIP, TRUCK);

    /**
     * Sum below 1: cat 60, dog 20, vehicles impossible. P = {bird, cat, deer, dog, frog, horse}.
     */
    @Test
    void sumBelowOne() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 60, DOG, 20, VEHICLES);
        Map<String, double[]> expected = new LinkedHashMap<>();
        // top2: m = 0.8, r = 0.2, S = {cat, dog}, d = 6 - 2 = 4: bird, deer, frog, horse get 0.05
        expected.put("top2-clamp", v(CAT, .6, DOG, .2, BIRD, .05, DEER, .05, FROG, .05, HORSE, .05));
        // uniform: Z = the 8 other classes (vehicles too), 0.2 / 8 = 0.025 each
        expected.put("top2-uniform", fill(v(CAT, .6, DOG, .2), .025, AIRPLANE, AUTOMOBILE, BIRD, DEER, FROG, HORSE,
                SHIP, TRUCK));
        // none: (0.6, 0.2) / 0.8
        expected.put("top2-none", v(CAT, .75, DOG, .25));
        // top1: v = cat 0.6, r = 0.4, S = {cat}, d = 5: bird, deer, dog, frog, horse get 0.08
        expected.put("top1-clamp", v(CAT, .6, BIRD, .08, DEER, .08, DOG, .08, FROG, .08, HORSE, .08));
        // uniform: Z = 9 classes, 0.4 / 9 each
        expected.put("top1-uniform", fill(v(CAT, .6), .4 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE,
                SHIP, TRUCK));
        expected.put("top1-none", v(CAT, 1));
        check(a, expected);
    }

    /**
     * Sum exactly 1: cat 75, dog 25, vehicles and frog impossible. P = {bird, cat, deer, dog, horse}.
     */
    @Test
    void sumExactlyOne() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 75, DOG, 25, List.of(AIRPLANE, AUTOMOBILE, FROG, SHIP,
                TRUCK));
        Map<String, double[]> expected = new LinkedHashMap<>();
        // top2: m = 1 -> normalised (0.75, 0.25); clamp: d = 5 - 2 = 3 > 0, so damp by 0.9
        // (cat 0.675, dog 0.225) and spread gamma 0.1 / 3 over bird, deer, horse
        expected.put("top2-clamp", v(CAT, .675, DOG, .225, BIRD, .1 / 3, DEER, .1 / 3, HORSE, .1 / 3));
        // uniform and none: nothing to spread when m >= 1
        expected.put("top2-uniform", v(CAT, .75, DOG, .25));
        expected.put("top2-none", v(CAT, .75, DOG, .25));
        // top1: cat 0.75, r = 0.25, d = 5 - 1 = 4: bird, deer, dog, horse 0.0625
        expected.put("top1-clamp", v(CAT, .75, BIRD, .0625, DEER, .0625, DOG, .0625, HORSE, .0625));
        expected.put("top1-uniform", fill(v(CAT, .75), .25 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE,
                SHIP, TRUCK));
        expected.put("top1-none", v(CAT, 1));
        check(a, expected);
    }

    /** Sum above 1: cat 90, dog 30, nothing impossible. */
    @Test
    void sumAboveOne() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 90, DOG, 30, List.of());
        Map<String, double[]> expected = new LinkedHashMap<>();
        // top2: m = 1.2 -> (0.75, 0.25); clamp: d = 10 - 2 = 8: damp to (0.675, 0.225), 0.1 / 8 = 0.0125 each
        expected.put("top2-clamp", fill(v(CAT, .675, DOG, .225), .0125, AIRPLANE, AUTOMOBILE, BIRD, DEER, FROG,
                HORSE, SHIP, TRUCK));
        expected.put("top2-uniform", v(CAT, .75, DOG, .25));
        expected.put("top2-none", v(CAT, .75, DOG, .25));
        // top1: cat 0.9, r = 0.1 over the other 9 classes (all possible, so clamp = uniform)
        double[] top1 = fill(v(CAT, .9), .1 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE, SHIP, TRUCK);
        expected.put("top1-clamp", top1);
        expected.put("top1-uniform", top1);
        expected.put("top1-none", v(CAT, 1));
        check(a, expected);
        assertTrue(flags(a).contains(AnswerFlag.PROBABILITIES_SUM_OVER_100));
    }

    /**
     * All other classes impossible with mass missing: cat 50, dog 30, the 8 others impossible.
     * P = {cat, dog}.
     */
    @Test
    void allOtherClassesImpossible() {
        List<Integer> others = List.of(AIRPLANE, AUTOMOBILE, BIRD, DEER, FROG, HORSE, SHIP, TRUCK);
        CategoricalAnswer a = new CategoricalAnswer(CAT, 50, DOG, 30, others);
        Map<String, double[]> expected = new LinkedHashMap<>();
        // top2: m = 0.8, d = 2 - 2 = 0: clamp spreads nothing; (0.5, 0.3) / 0.8
        expected.put("top2-clamp", v(CAT, .625, DOG, .375));
        // uniform ignores impossibility: 0.2 / 8 = 0.025 on each of the 8 others
        expected.put("top2-uniform", fill(v(CAT, .5, DOG, .3), .025, AIRPLANE, AUTOMOBILE, BIRD, DEER, FROG, HORSE,
                SHIP, TRUCK));
        expected.put("top2-none", v(CAT, .625, DOG, .375));
        // top1: cat 0.5, S = {cat}, d = 2 - 1 = 1: the only possible class without mass, dog, gets 0.5
        expected.put("top1-clamp", v(CAT, .5, DOG, .5));
        expected.put("top1-uniform", fill(v(CAT, .5), .5 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE,
                SHIP, TRUCK));
        expected.put("top1-none", v(CAT, 1));
        check(a, expected);
        assertTrue(flags(a).contains(AnswerFlag.ALL_OTHER_CLASSES_IMPOSSIBLE));
    }

    /** No possible class left and mass complete: cat 80, dog 20, all others impossible. */
    @Test
    void noPossibleClassLeft() {
        List<Integer> others = List.of(AIRPLANE, AUTOMOBILE, BIRD, DEER, FROG, HORSE, SHIP, TRUCK);
        CategoricalAnswer a = new CategoricalAnswer(CAT, 80, DOG, 20, others);
        Map<String, double[]> expected = new LinkedHashMap<>();
        // m = 1, d = 0: clamp does not apply gamma because there is nowhere to put it
        expected.put("top2-clamp", v(CAT, .8, DOG, .2));
        expected.put("top2-uniform", v(CAT, .8, DOG, .2));
        expected.put("top2-none", v(CAT, .8, DOG, .2));
        // top1: cat 0.8, d = 1: dog (possible, no mass) gets the rest 0.2
        expected.put("top1-clamp", v(CAT, .8, DOG, .2));
        expected.put("top1-uniform", fill(v(CAT, .8), .2 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE,
                SHIP, TRUCK));
        expected.put("top1-none", v(CAT, 1));
        check(a, expected);
        assertTrue(!flags(a).contains(AnswerFlag.ALL_OTHER_CLASSES_IMPOSSIBLE), "mass is complete: not flagged");
    }

    /** Second class "none": cat 70, vehicles impossible; top-2 and top-1 agree. */
    @Test
    void secondClassNone() {
        CategoricalAnswer a = CategoricalAnswer.top1(CAT, 70, VEHICLES);
        // m = 0.7, r = 0.3, S = {cat}, d = 6 - 1 = 5: bird, deer, dog, frog, horse 0.06
        double[] clamp = v(CAT, .7, BIRD, .06, DEER, .06, DOG, .06, FROG, .06, HORSE, .06);
        double[] uniform = fill(v(CAT, .7), .3 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE, SHIP, TRUCK);
        Map<String, double[]> expected = new LinkedHashMap<>();
        for (String top : List.of("top2", "top1")) {
            expected.put(top + "-clamp", clamp);
            expected.put(top + "-uniform", uniform);
            expected.put(top + "-none", v(CAT, 1));
        }
        check(a, expected);
    }

    /**
     * Top probability 0 (legal, flagged): cat 0, dog 40, vehicles impossible. A chosen class
     * given 0 has no mass, so it is treated like any other possible class.
     */
    @Test
    void topProbabilityZero() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 0, DOG, 40, VEHICLES);
        assertTrue(flags(a).contains(AnswerFlag.TOP_PROBABILITY_ZERO));
        Map<String, double[]> expected = new LinkedHashMap<>();
        // top2: v = dog 0.4, r = 0.6, S = {dog}, d = 6 - 1 = 5: bird, cat, deer, frog, horse get 0.12
        expected.put("top2-clamp", v(DOG, .4, BIRD, .12, CAT, .12, DEER, .12, FROG, .12, HORSE, .12));
        expected.put("top2-uniform", fill(v(DOG, .4), .6 / 9, AIRPLANE, AUTOMOBILE, BIRD, CAT, DEER, FROG, HORSE,
                SHIP, TRUCK));
        expected.put("top2-none", v(DOG, 1));
        // top1: nothing answered, r = 1: clamp over the 6 possible classes, uniform over all 10
        expected.put("top1-clamp", fill(new double[10], 1.0 / 6, BIRD, CAT, DEER, DOG, FROG, HORSE));
        expected.put("top1-uniform", fill(new double[10], .1, AIRPLANE, AUTOMOBILE, BIRD, CAT, DEER, DOG, FROG, HORSE,
                SHIP, TRUCK));
        check(a, expected);
        // top1-none has no mass anywhere: a clear error naming the answer, not NaN
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> labeler("top1-none").label(a));
        assertTrue(e.getMessage().contains("most probable cat 0.0"), e.getMessage());
        assertTrue(e.getMessage().contains("top1-none"), e.getMessage());
    }

    /** Top probability 0 and every class impossible: no scheme that respects impossibility has a label. */
    @Test
    void topZeroWithEverythingImpossibleIsAnError() {
        CategoricalAnswer a = CategoricalAnswer.top1(DEER, 0, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        for (String id : List.of("top2-clamp", "top1-clamp", "top2-none", "top1-none")) {
            assertThrows(IllegalArgumentException.class, () -> labeler(id).label(a), id);
        }
        // uniform ignores impossibility: 1 / 10 everywhere
        check(a, Map.of("top2-uniform", fill(new double[10], .1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
    }

    /** NaN second probability: cat 80, dog chosen without a usable value, vehicles impossible. */
    @Test
    void nanSecondProbability() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 80, DOG, Double.NaN, VEHICLES);
        assertTrue(flags(a).contains(AnswerFlag.SECOND_CLASS_WITHOUT_PROBABILITY));
        // dog gets no answered mass, so it is a possible class like the others:
        // m = 0.8, r = 0.2, d = 6 - 1 = 5: bird, deer, dog, frog, horse 0.04
        double[] clamp = v(CAT, .8, BIRD, .04, DEER, .04, DOG, .04, FROG, .04, HORSE, .04);
        double[] uniform = fill(v(CAT, .8), .2 / 9, AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG, FROG, HORSE, SHIP, TRUCK);
        Map<String, double[]> expected = new LinkedHashMap<>();
        for (String top : List.of("top2", "top1")) {
            expected.put(top + "-clamp", clamp);
            expected.put(top + "-uniform", uniform);
            expected.put(top + "-none", v(CAT, 1));
        }
        check(a, expected);
    }

    /**
     * A chosen class marked impossible (the study's divisor): cat 60, dog 20, dog and vehicles
     * impossible. P = {bird, cat, deer, frog, horse} (5), S = {cat, dog}, d = 3, but 4 classes
     * (bird, deer, frog, horse) receive 0.2 / 3 each: total 0.8 + 0.8/3 = 16/15, so every value is
     * scaled by 15/16: cat 0.5625, dog 0.1875, the four 1/16 = 0.0625.
     */
    @Test
    void chosenClassMarkedImpossibleUsesTheStudysDivisor() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 60, DOG, 20, List.of(AIRPLANE, AUTOMOBILE, DOG, SHIP,
                TRUCK));
        assertTrue(flags(a).contains(AnswerFlag.CHOSEN_CLASS_MARKED_IMPOSSIBLE));
        check(a, Map.of("top2-clamp", v(CAT, .5625, DOG, .1875, BIRD, .0625, DEER, .0625, FROG, .0625, HORSE,
                .0625)));
    }

    /**
     * Second class equal to the most probable one (flagged): cat 90 then cat 10. The second value
     * replaces the first, as in the study: v = cat 0.1, r = 0.9, d = 6 - 1 = 5: 0.18 each to bird,
     * deer, dog, frog, horse. Top-1 ignores the second: cat 0.9 and 0.02 each.
     */
    @Test
    void secondSameAsMostProbable() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 90, CAT, 10, VEHICLES);
        assertTrue(flags(a).contains(AnswerFlag.SECOND_SAME_AS_MOST_PROBABLE));
        check(a, Map.of(
                "top2-clamp", v(CAT, .1, BIRD, .18, DEER, .18, DOG, .18, FROG, .18, HORSE, .18),
                "top1-clamp", v(CAT, .9, BIRD, .02, DEER, .02, DOG, .02, FROG, .02, HORSE, .02)));
    }

    /** The paper's example: deer 80, horse 20, cat and dog left possible; gamma 0.1 gives 5% each. */
    @Test
    void papersWorkedExample() {
        CategoricalAnswer a = new CategoricalAnswer(DEER, 80, HORSE, 20, List.of(AIRPLANE, AUTOMOBILE, BIRD, FROG,
                SHIP, TRUCK));
        check(a, Map.of("top2-clamp", v(DEER, .72, HORSE, .18, CAT, .05, DOG, .05)));
        // gamma 0.3: deer 0.8 * 0.7 = 0.56, horse 0.14, cat and dog 0.15
        double[] g3 = new CategoricalSoftLabeler(C, new SoftLabelScheme(2, Redistribution.CLAMP, .3)).label(a);
        assertArrayEquals(v(DEER, .56, HORSE, .14, CAT, .15, DOG, .15), g3, "gamma 0.3");
    }

    @Test
    void malformedAnswersAreRefusedWithReasons() {
        CategoricalSoftLabeler l = labeler("top2-clamp");
        assertThrows(IllegalArgumentException.class, () -> l.label(CategoricalAnswer.top1(10, 50, List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> l.label(CategoricalAnswer.top1(CAT, Double.NaN, List.of())));
        assertThrows(IllegalArgumentException.class, () -> l.label(CategoricalAnswer.top1(CAT, 120, List.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> l.label(new CategoricalAnswer(CAT, 50, DOG, -5, List.of())));
        assertTrue(e.getMessage().contains("second probability"), e.getMessage());
    }

    @Test
    void schemesParseAndName() {
        assertEquals(7, SoftLabelScheme.all(G).size());
        assertEquals(new SoftLabelScheme(1, Redistribution.UNIFORM, .2), SoftLabelScheme.parse("TOP1-Uniform", .2));
        assertEquals("top2-clamp", SoftLabelScheme.CIFAR10S_PUBLISHED.id());
        assertThrows(IllegalArgumentException.class, () -> SoftLabelScheme.parse("top3-clamp", G));
        assertThrows(IllegalArgumentException.class, () -> new SoftLabelScheme(2, Redistribution.CLAMP, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new SoftLabelScheme(2, Redistribution.CLAMP, Double.NaN));
    }

    // --- helpers ---

    static CategoricalSoftLabeler labeler(String id) {
        return new CategoricalSoftLabeler(C, SoftLabelScheme.parse(id, G));
    }

    static java.util.Set<AnswerFlag> flags(CategoricalAnswer a) {
        return new AnswerValidator(C).validate(a).flags();
    }

    static void check(CategoricalAnswer a, Map<String, double[]> expected) {
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            double[] got = labeler(e.getKey()).label(a);
            assertArrayEquals(e.getValue(), got, e.getKey());
            assertEquals(1.0, Arrays.stream(got).sum(), EPS, e.getKey() + " sums to 1");
        }
    }

    static void assertArrayEquals(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], EPS, what + ": class " + C.name(i) + " in " + Arrays.toString(actual));
        }
    }

    /** A 10-vector from (class, value) pairs; other classes 0. */
    static double[] v(Object... pairs) {
        double[] p = new double[10];
        for (int i = 0; i < pairs.length; i += 2) {
            p[(Integer) pairs[i]] = ((Number) pairs[i + 1]).doubleValue();
        }
        return p;
    }

    /** Sets {@code value} on the given classes. */
    static double[] fill(double[] p, double value, int... classes) {
        for (int c : classes) {
            p[c] = value;
        }
        return p;
    }
}
