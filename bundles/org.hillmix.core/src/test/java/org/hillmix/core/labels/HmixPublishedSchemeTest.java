package org.hillmix.core.labels;

import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.AIRPLANE;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.AUTOMOBILE;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.BIRD;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.CAT;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.DEER;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.DOG;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.FROG;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.HORSE;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.SHIP;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.TRUCK;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.assertArrayEquals;
import static org.hillmix.core.labels.CategoricalSoftLabelerGoldenTest.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.junit.jupiter.api.Test;

/**
 * The {@code hmix-published} scheme, worked by hand for each branch of its rule (gamma 0.1). Each
 * answer is a real one from {@code hmix_categorical_soft_labels.csv} and each expected label is
 * also the one published for it in {@code hmix_individ_soft_labels.json} (Collins et al., UAI 2023,
 * github.com/cambridge-mlg/hill-mixup, commit 82b679f), so the hand arithmetic and the published
 * file agree.
 */
class HmixPublishedSchemeTest {

    static final CategoricalSoftLabeler HMIX = new CategoricalSoftLabeler(ClassSet.CIFAR10,
            SoftLabelScheme.HMIX_PUBLISHED);
    static final CategoricalSoftLabeler CLAMP = new CategoricalSoftLabeler(ClassSet.CIFAR10,
            SoftLabelScheme.CIFAR10S_PUBLISHED);

    /**
     * m < 1 (71ktrmpcv3we1b7 on mixed_0.75_Airplane_3497_Ship_8913): airplane 60, frog 20; truck,
     * deer, dog, cat, horse impossible. P = {airplane, automobile, bird, frog, ship}, S = {airplane,
     * frog}, d = 3, r = 1 - 0.8 = 0.2: automobile, bird and ship get 0.2/3; the sum is 1 already.
     */
    @Test
    void incompleteAnswerSpreadsTheRestOverPossibleClasses() {
        CategoricalAnswer a = new CategoricalAnswer(AIRPLANE, 60, FROG, 20, List.of(TRUCK, DEER, DOG, CAT, HORSE));
        double third = .2 / 3;
        assertArrayEquals(v(AIRPLANE, .6, FROG, .2, AUTOMOBILE, third, BIRD, third, SHIP, third), HMIX.label(a), "");
        // top2-clamp agrees when m < 1: both spread 1 - m and damp nothing
        assertArrayEquals(HMIX.label(a), CLAMP.label(a), "same as top2-clamp below 1");
    }

    /**
     * m = 1 (71ktrmpcv3we1b7 on mixed_0.5_Horse_3327_Ship_9834): horse 100, no second; frog, bird,
     * airplane, truck, ship, automobile, cat impossible. P = {deer, dog, horse}, d = 2, r = gamma:
     * deer and dog get 0.05, not damped; sum 1.1: horse 1/1.1, deer and dog 0.05/1.1.
     */
    @Test
    void completeAnswerIsDividedByOnePlusGammaNotDamped() {
        CategoricalAnswer a = CategoricalAnswer.top1(HORSE, 100, List.of(FROG, BIRD, AIRPLANE, TRUCK, SHIP,
                AUTOMOBILE, CAT));
        assertArrayEquals(v(HORSE, 1 / 1.1, DEER, .05 / 1.1, DOG, .05 / 1.1), HMIX.label(a), "");
        // top2-clamp: v/m, damp by 0.9, spread 0.1/2: horse 0.9, deer and dog 0.05
        assertArrayEquals(v(HORSE, .9, DEER, .05, DOG, .05), CLAMP.label(a), "top2-clamp");
    }

    /**
     * m > 1 (rsff1ssyomgyffd on mixed_0.25_Dog_4241_Horse_9140): cat 90, frog 70; truck, horse,
     * ship, deer, bird impossible. m = 1.6, S = {cat, frog}: each loses 0.1/2, cat 0.85, frog 0.65;
     * P = {airplane, automobile, cat, dog, frog}, d = 3: airplane, automobile, dog get 0.1/3; sum 1.6:
     * cat 0.53125, frog 0.40625, the three 0.1/4.8 = 0.0208333...
     */
    @Test
    void overCompleteAnswerLosesGammaOverSPerChosenClass() {
        CategoricalAnswer a = new CategoricalAnswer(CAT, 90, FROG, 70, List.of(TRUCK, HORSE, SHIP, DEER, BIRD));
        double s = .1 / 4.8;
        assertArrayEquals(v(CAT, .53125, FROG, .40625, AIRPLANE, s, AUTOMOBILE, s, DOG, s), HMIX.label(a), "");
    }

    /**
     * m > 1 with the floor (k6n4qwy2ab1o6uo on mixed_0.5_Bird_7590_Horse_8660): horse 100, deer 2;
     * automobile, bird, frog, cat, airplane, ship, truck impossible. Deer 0.02 - 0.05 is floored at
     * 0, horse 0.95; P = {deer, dog, horse}, d = 1: dog gets 0.1 (deer is chosen, so gets nothing);
     * sum 1.05: horse 0.95/1.05, dog 0.1/1.05, deer 0.
     */
    @Test
    void overCompleteCutIsFlooredAtZero() {
        CategoricalAnswer a = new CategoricalAnswer(HORSE, 100, DEER, 2, List.of(AUTOMOBILE, BIRD, FROG, CAT,
                AIRPLANE, SHIP, TRUCK));
        assertArrayEquals(v(HORSE, .95 / 1.05, DOG, .1 / 1.05), HMIX.label(a), "");
    }

    /**
     * d <= 0 (71ktrmpcv3we1b7 on mixed_0.75_Automobile_2813_Truck_8727): automobile 90, truck 10,
     * all else impossible: P = S, d = 0, only normalised. And (k6n4qwy2ab1o6uo on
     * mixed_0.75_Automobile_894_Ship_80) automobile 100, truck 1, d = 0 with m = 1.01: no cut either,
     * 1/1.01 and 0.01/1.01.
     */
    @Test
    void noPossibleClassLeftOnlyNormalises() {
        List<Integer> rest = List.of(AIRPLANE, BIRD, CAT, DEER, DOG, FROG, HORSE, SHIP);
        assertArrayEquals(v(AUTOMOBILE, .9, TRUCK, .1),
                HMIX.label(new CategoricalAnswer(AUTOMOBILE, 90, TRUCK, 10, rest)), "d = 0, m = 1");
        assertArrayEquals(v(AUTOMOBILE, 1 / 1.01, TRUCK, .01 / 1.01),
                HMIX.label(new CategoricalAnswer(AUTOMOBILE, 100, TRUCK, 1, rest)), "d = 0, m > 1");
    }

    /**
     * A chosen class ticked impossible (mss2hg8z3b7vqsh on mixed_0.5_Deer_2699_Frog_4265): frog 90,
     * bird 10; truck, ship, deer, horse, bird, airplane impossible. |P| = 4 (bird not in P), S =
     * {frog, bird}, d = 2, r = gamma, so 0.05 each onto automobile, cat, dog (three classes, more
     * than r in all); sum 1.15: frog 0.9/1.15, bird 0.1/1.15, the three 0.05/1.15.
     */
    @Test
    void chosenClassMarkedImpossibleStillDividesByD() {
        CategoricalAnswer a = new CategoricalAnswer(FROG, 90, BIRD, 10, List.of(TRUCK, SHIP, DEER, HORSE, BIRD,
                AIRPLANE));
        double s = .05 / 1.15;
        assertArrayEquals(v(FROG, .9 / 1.15, BIRD, .1 / 1.15, AUTOMOBILE, s, CAT, s, DOG, s), HMIX.label(a), "");
    }

    /**
     * Second class = most probable (k6n4qwy2ab1o6uo on mixed_0.5_Airplane_8812_Bird_3076): bird 90,
     * bird 75, every class but airplane and bird impossible. The second value overwrites: v = bird
     * 0.75, d = 2 - 1 = 1, airplane gets 0.25.
     */
    @Test
    void secondSameAsMostProbableKeepsTheSecondValue() {
        CategoricalAnswer a = new CategoricalAnswer(BIRD, 90, BIRD, 75, List.of(AUTOMOBILE, FROG, CAT, DOG, DEER,
                SHIP, TRUCK, HORSE));
        assertArrayEquals(v(BIRD, .75, AIRPLANE, .25), HMIX.label(a), "");
    }

    @Test
    void gammaIsTheSchemesFactor() {
        // horse 100 as above with gamma 0.3: deer and dog 0.15 each, sum 1.3
        CategoricalAnswer a = CategoricalAnswer.top1(HORSE, 100, List.of(FROG, BIRD, AIRPLANE, TRUCK, SHIP,
                AUTOMOBILE, CAT));
        double[] got = new CategoricalSoftLabeler(ClassSet.CIFAR10,
                new SoftLabelScheme(2, Redistribution.HMIX_PUBLISHED, .3)).label(a);
        assertArrayEquals(v(HORSE, 1 / 1.3, DEER, .15 / 1.3, DOG, .15 / 1.3), got, "gamma 0.3");
    }

    @Test
    void namedParsedAndOnlyTopTwo() {
        assertEquals("hmix-published", SoftLabelScheme.HMIX_PUBLISHED.id());
        assertEquals(SoftLabelScheme.HMIX_PUBLISHED, SoftLabelScheme.parse("HMIX-Published", .1));
        assertEquals(7, SoftLabelScheme.all(.1).size());
        assertTrue(SoftLabelScheme.all(.1).contains(SoftLabelScheme.CIFAR10S_PUBLISHED));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftLabelScheme(1, Redistribution.HMIX_PUBLISHED, .1));
        assertTrue(e.getMessage().contains("top 2"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SoftLabelScheme.parse("hmix", .1));
        assertTrue(unknown.getMessage().contains("hmix-published"), unknown.getMessage());
    }

    @Test
    void anAnswerWithoutMassIsRefused() {
        // top probability 0, no second, nothing possible but the chosen class: d = 1 - 0 = 1, r = 1,
        // but the only possible class without mass is cat itself -> cat gets 1: a label exists
        CategoricalAnswer onlyCat = CategoricalAnswer.top1(CAT, 0, List.of(AIRPLANE, AUTOMOBILE, BIRD, DEER, DOG,
                FROG, HORSE, SHIP, TRUCK));
        assertArrayEquals(v(CAT, 1), HMIX.label(onlyCat), "");
        // every class impossible and nothing answered: d <= 0, sum 0 -> refused
        CategoricalAnswer none = CategoricalAnswer.top1(CAT, 0, List.of(AIRPLANE, AUTOMOBILE, BIRD, CAT, DEER, DOG,
                FROG, HORSE, SHIP, TRUCK));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HMIX.label(none));
        assertTrue(e.getMessage().contains("hmix-published"), e.getMessage());
    }
}
