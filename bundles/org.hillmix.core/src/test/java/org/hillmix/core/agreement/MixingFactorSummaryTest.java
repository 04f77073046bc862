package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;

class MixingFactorSummaryTest {

    private static Judgment j(String item, double slider, double confidence, String trueLambda, boolean repeat) {
        return new Judgment("a", item, new MixingFactorAnswer(slider, confidence), -1, null, null, repeat,
                trueLambda == null ? Map.of() : Map.of("mixtureCoeff", trueLambda));
    }

    /** Lambdas 0.9, 0.5, 0.1 (sliders 10, 50, 90): mean 0.5, population std sqrt(0.32/3). */
    @Test
    void byHand() {
        List<MixingFactorSummary> s = MixingFactorSummary.summarise(List.of(
                j("x", 10, 100, "0.9", false), j("x", 50, 0, "0.9", false), j("x", 90, 0, "0.9", true),
                j("y", 0, 0, null, false), Judgment.of("a", "x", CategoricalAnswer.top1(0, 100, List.of()))), true);
        assertEquals(2, s.size());
        MixingFactorSummary x = s.get(0);
        assertEquals(3, x.count());
        assertEquals(0.9, x.trueLambda());
        assertEquals(0.5, x.mean(), 1e-15);
        assertEquals(Math.sqrt(0.32 / 3), x.std(), 1e-15);
        // only the first answer has confidence: weighted mean 0.9
        assertEquals(0.9, x.confidenceWeightedMean(), 1e-15);
        MixingFactorSummary y = s.get(1);
        assertTrue(Double.isNaN(y.trueLambda()));
        assertTrue(Double.isNaN(y.confidenceWeightedMean()));
        assertEquals(0.0, y.std());

        MixingFactorSummary noRepeat = MixingFactorSummary.summarise(List.of(
                j("x", 10, 100, "0.9", false), j("x", 50, 0, "0.9", false), j("x", 90, 0, "0.9", true)), false)
                .get(0);
        assertEquals(0.7, noRepeat.mean(), 1e-15);
        assertEquals(0.2, noRepeat.std(), 1e-15);
    }

    @Test
    void disagreeingTrueLambdasAreAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MixingFactorSummary
                .summarise(List.of(j("x", 10, 1, "0.9", false), j("x", 10, 1, "0.1", false)), true));
        assertTrue(e.getMessage().startsWith("stimulus x: answers give two true lambdas"), e.getMessage());
    }
}
