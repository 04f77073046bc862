package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.ui.internal.views.CategoricalDraft.Missing;
import org.hillmix.ui.internal.views.CategoricalDraft;
import org.junit.jupiter.api.Test;

class CategoricalDraftTest {

    @Test
    void freshDraftMissesEveryRequiredQuestion() {
        CategoricalDraft d = new CategoricalDraft();
        assertEquals(List.of(Missing.TOP_CLASS, Missing.TOP_PROBABILITY, Missing.SECOND_CHOICE), d.missing());
        assertTrue(d.answer().isEmpty());
    }

    @Test
    void topClassWithNoSecondIsComplete() {
        CategoricalDraft d = new CategoricalDraft();
        d.setTop(3);
        d.setTopProbability(" 70 ");
        d.setSecond(CategoricalAnswer.NONE);
        CategoricalAnswer a = d.answer().orElseThrow();
        assertEquals(3, a.mostProbable());
        assertEquals(70.0, a.mostProbability());
        assertEquals(CategoricalAnswer.NONE, a.secondProbable());
        assertTrue(Double.isNaN(a.secondProbability()));
        assertEquals(List.of(), a.impossible());
    }

    @Test
    void secondClassNeedsItsProbability() {
        CategoricalDraft d = new CategoricalDraft();
        d.setTop(3);
        d.setTopProbability("70");
        d.setSecond(2);
        assertEquals(List.of(Missing.SECOND_PROBABILITY), d.missing());
        d.setSecondProbability("20");
        assertEquals(new CategoricalAnswer(3, 70, 2, 20, List.of()), d.answer().orElseThrow());
    }

    @Test
    void impossibleClassesAreSortedAndToggle() {
        CategoricalDraft d = new CategoricalDraft();
        d.setTop(0);
        d.setTopProbability("100");
        d.setSecond(CategoricalAnswer.NONE);
        d.setImpossible(8, true);
        d.setImpossible(1, true);
        d.setImpossible(5, true);
        d.setImpossible(5, false);
        assertEquals(List.of(1, 8), d.answer().orElseThrow().impossible());
    }

    @Test
    void clearForgetsEverything() {
        CategoricalDraft d = new CategoricalDraft();
        d.setTop(1);
        d.setTopProbability("50");
        d.setSecond(4);
        d.setImpossible(2, true);
        d.clear();
        assertEquals(List.of(Missing.TOP_CLASS, Missing.TOP_PROBABILITY, Missing.SECOND_CHOICE), d.missing());
        assertEquals(CategoricalDraft.UNSET, d.second());
        assertTrue(!d.isImpossible(2));
    }

    @Test
    void fillTakesBackAWithdrawnAnswerAsTyped() {
        CategoricalDraft d = new CategoricalDraft();
        d.setTop(1);
        d.setImpossible(9, true);
        CategoricalAnswer withdrawn = new CategoricalAnswer(3, 70, 2, 20, List.of(0, 8));
        d.fill(withdrawn);
        assertEquals(3, d.top());
        assertEquals("70", d.topProbability());
        assertEquals(2, d.second());
        assertEquals("20", d.secondProbability());
        assertTrue(d.isImpossible(0) && d.isImpossible(8) && !d.isImpossible(9), "replaces, not adds");
        assertEquals(withdrawn, d.answer().orElseThrow());
        d.fill(CategoricalAnswer.top1(5, 100, List.of()));
        assertEquals(CategoricalAnswer.NONE, d.second());
        assertEquals("", d.secondProbability());
        assertEquals(CategoricalAnswer.top1(5, 100, List.of()), d.answer().orElseThrow());
    }
}
