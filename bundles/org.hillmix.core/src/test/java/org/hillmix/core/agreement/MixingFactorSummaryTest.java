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
        // the study's weighted re-label is not divided by the confidences' sum: (1 x 0.9 + 0 + 0) / 3
        assertEquals(0.3, x.weightedRelabel(), 1e-15);
        assertEquals(0.9 - 0.5, x.relabelDiff(), 1e-15);
        assertEquals(0.9 - 0.3, x.weightedRelabelDiff(), 1e-15);
        MixingFactorSummary y = s.get(1);
        assertTrue(Double.isNaN(y.trueLambda()));
        assertTrue(Double.isNaN(y.confidenceWeightedMean()));
        assertEquals(0.0, y.weightedRelabel());
        assertTrue(Double.isNaN(y.relabelDiff()), "no true lambda, no difference");
        assertTrue(Double.isNaN(y.weightedRelabelDiff()));
        assertEquals(0.0, y.std());

        MixingFactorSummary noRepeat = MixingFactorSummary.summarise(List.of(
                j("x", 10, 100, "0.9", false), j("x", 50, 0, "0.9", false), j("x", 90, 0, "0.9", true)), false)
                .get(0);
        assertEquals(0.7, noRepeat.mean(), 1e-15);
        assertEquals(0.2, noRepeat.std(), 1e-15);
    }

    /**
     * Two real stimuli of {@code hmix_infer_mixing_factor.csv} against the study's processed file
     * ({@code processed_hmix_inferences.json}, H-Mix data hub, commit 82b679f; not in the shared
     * data, so its values are quoted here). mixed_0.75_Bird_4706_Ship_6961: sliders 50, 44, 50 with
     * confidences 50, 51, 71: lambdas 0.5, 0.56, 0.5, mean 0.52, weighted re-label
     * (0.25 + 0.2856 + 0.355) / 3 = 0.29686666..., differences 0.23 and 0.45313333...
     */
    @Test
    void againstTheStudysProcessedValues() throws java.io.IOException {
        List<MixingFactorSummary> all = MixingFactorSummary.summarise(org.hillmix.core.io.HmixMixingFactorImporter
                .read(org.hillmix.core.io.SharedData.require("hmix/hmix_infer_mixing_factor.csv"), null).judgments(),
                true);
        assertEquals(2070, all.size());
        MixingFactorSummary bird = find(all, "mixed_0.75_Bird_4706_Ship_6961.png");
        assertEquals(List.of(0.5, 0.56, 0.5), bird.perceivedLambdas());
        assertEquals(0.29686666666666667, bird.weightedRelabel(), 1e-12);
        assertEquals(0.22999999999999998, bird.relabelDiff(), 1e-12);
        assertEquals(0.45313333333333333, bird.weightedRelabelDiff(), 1e-12);
        assertEquals(0.028284271247461926, bird.std(), 1e-12);
        // three confidences 0.74, 0.8, 0.77 on lambdas 0.19, 0.6, 0.33 (published values)
        MixingFactorSummary car = find(all, "mixed_0.1_Automobile_5108_Ship_6602.png");
        assertEquals(0.29156666666666664, car.weightedRelabel(), 1e-12);
        assertEquals(-0.2733333333333333, car.relabelDiff(), 1e-12);
        assertEquals(-0.19156666666666664, car.weightedRelabelDiff(), 1e-12);
        // the confidence-weighted mean divides by the confidences' sum (2.31) instead of n (3)
        assertEquals(0.29156666666666664 * 3 / 2.31, car.confidenceWeightedMean(), 1e-12);
    }

    private static MixingFactorSummary find(List<MixingFactorSummary> all, String stimulus) {
        return all.stream().filter(s -> s.stimulus().equals(stimulus)).findFirst().orElseThrow();
    }

    @Test
    void disagreeingTrueLambdasAreAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MixingFactorSummary
                .summarise(List.of(j("x", 10, 1, "0.9", false), j("x", 10, 1, "0.1", false)), true));
        assertTrue(e.getMessage().startsWith("stimulus x: answers give two true lambdas"), e.getMessage());
    }
}
