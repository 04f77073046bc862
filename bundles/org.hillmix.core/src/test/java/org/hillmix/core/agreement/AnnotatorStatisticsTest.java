package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.Redistribution;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.junit.jupiter.api.Test;

/** {@link AnnotatorStatistics} against figures worked out by hand. */
class AnnotatorStatisticsTest {

    /** top2-none over three classes: a label is the answered probabilities divided by their sum. */
    private static final CategoricalSoftLabeler LABELER = new CategoricalSoftLabeler(ClassSet.of("a", "b", "c"),
            new SoftLabelScheme(2, Redistribution.NONE, 0));

    @Test
    void summarisesAnswersAsWorkedOutByHand() {
        List<CategoricalAnswer> first = List.of(
                CategoricalAnswer.top1(0, 100, List.of()), // top 100; label (1, 0, 0), entropy 0
                new CategoricalAnswer(0, 40, 1, 30, List.of(2)), // top below 50, a second class, 1 impossible
                CategoricalAnswer.top1(1, 50, List.of())); // 50 is not below 50
        List<CategoricalAnswer> second = List.of(new CategoricalAnswer(1, 60, 2, 0, List.of())); // second at 0
        AnnotatorStatistics s = AnnotatorStatistics.of(List.of(first, List.of(), second), LABELER);

        assertEquals(2, s.items(), "the item without answers is skipped");
        assertEquals(4, s.answers());
        assertEquals((100 + 40 + 50 + 60) / 4.0, s.meanTop(), 1e-12);
        assertEquals(0.25, s.shareTop100(), 1e-12);
        assertEquals(0.25, s.shareTopBelow50(), 1e-12);
        assertEquals(0.25, s.secondRate(), 1e-12, "a second class answered with 0 does not count");
        assertEquals(0.25, s.meanImpossible(), 1e-12);
        // only the second answer has an uncertain label: (0.4, 0.3, 0) / 0.7 = (4/7, 3/7, 0),
        // -(4/7 ln 4/7 + 3/7 ln 3/7) = 0.6829081047 nats; the other three are one-hot
        assertEquals(0.6829081047 / 4, s.meanLabelEntropy(), 1e-10);
        // pairs within the first item: (1,2) agree on class 0, (1,3) and (2,3) do not; the second item has none
        assertEquals(1.0 / 3, s.topAgreement(), 1e-12);
    }

    @Test
    void agreementIsUndefinedWithoutPairs() {
        AnnotatorStatistics s = AnnotatorStatistics.of(
                List.of(List.of(CategoricalAnswer.top1(0, 80, List.of())), List.of(CategoricalAnswer.top1(1, 80,
                        List.of()))), LABELER);
        assertTrue(Double.isNaN(s.topAgreement()), "no two answers about one item: " + s.topAgreement());
    }

    @Test
    void refusesNoAnswers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotatorStatistics.of(List.of(List.of()), LABELER));
        assertEquals("no answers to summarise", e.getMessage());
    }
}
