package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.SharedData;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusionPolicyTest {

    @TempDir
    Path dir;

    private static Judgment cat(String annotator, String item, int top, long rt, boolean repeat, String label) {
        return new Judgment(annotator, item, CategoricalAnswer.top1(top, 100, List.of()), rt, null, null, repeat,
                label == null ? Map.of() : Map.of("label", label));
    }

    @Test
    void eachRuleJudgesEachAnnotatorWithItsReason() {
        List<Judgment> js = List.of(
                // good: 3 of 3 correct, repeats consistent, slow
                cat("good", "1", 0, 3000, false, "airplane"),
                cat("good", "2", 1, 5000, false, "automobile"),
                cat("good", "3", 2, 4000, false, "bird"),
                cat("good", "1", 0, 2000, true, "airplane"),
                // fast: 1 of 4 correct (repeat not counted), changes top class on its repeat, median rt 350
                cat("fast", "1", 0, 300, false, "airplane"),
                cat("fast", "2", 0, 400, false, "automobile"),
                cat("fast", "3", 0, 200, false, "bird"),
                cat("fast", "4", 3, 900, false, "deer"),
                cat("fast", "1", 5, 100, true, "airplane"),
                // mixer: no categorical answer, no rt
                Judgment.of("mixer", "m.png", new MixingFactorAnswer(10, 10)));
        ExclusionPolicy policy = ExclusionPolicy.of(
                ExclusionRule.minTop1Accuracy(0.5, ExclusionRule.trueClassFromAttribute("label", ClassSet.CIFAR10)),
                ExclusionRule.maxRepeatInconsistency(ExclusionRule.RepeatMeasure.TOP_CLASS_CHANGE_RATE, 0.5, null),
                ExclusionRule.minMedianReactionTime(1000),
                ExclusionRule.excludedIds(List.of("mixer"), "ids.json"));
        List<AnnotatorExclusion> r = policy.apply(js, null);
        assertEquals(List.of("fast", "good", "mixer"), r.stream().map(AnnotatorExclusion::annotator).toList());
        assertEquals(List.of("fast", "mixer"), ExclusionPolicy.excluded(r));

        AnnotatorExclusion fast = r.get(0);
        assertEquals(0.25, fast.outcomes().get(0).value(), 1e-15);
        assertEquals("top-1 accuracy 0.25 (1 of 4) is below the minimum 0.5", fast.outcomes().get(0).reason());
        assertEquals(1.0, fast.outcomes().get(1).value(), 1e-15);
        assertEquals(RuleOutcome.Verdict.FAIL, fast.outcomes().get(1).verdict());
        // rts 100, 200, 300, 400, 900: median 300
        assertEquals(300, fast.outcomes().get(2).value(), 1e-15);
        assertEquals(RuleOutcome.Verdict.PASS, fast.outcomes().get(3).verdict());
        assertEquals(3, fast.reasons().size());
        assertTrue(fast.reasons().get(2).startsWith("min-median-rt: median reaction time 300 ms over 5 judgments"),
                fast.reasons().get(2));

        AnnotatorExclusion good = r.get(1);
        assertFalse(good.excluded());
        assertEquals(1.0, good.outcomes().get(0).value(), 1e-15);
        assertEquals(0.0, good.outcomes().get(1).value(), 1e-15);
        // rts 2000, 3000, 4000, 5000: median (3000 + 4000) / 2
        assertEquals(3500, good.outcomes().get(2).value(), 1e-15);

        AnnotatorExclusion mixer = r.get(2);
        assertEquals(RuleOutcome.Verdict.NOT_APPLICABLE, mixer.outcomes().get(0).verdict());
        assertEquals(RuleOutcome.Verdict.NOT_APPLICABLE, mixer.outcomes().get(1).verdict());
        assertEquals(RuleOutcome.Verdict.NOT_APPLICABLE, mixer.outcomes().get(2).verdict());
        assertEquals(List.of("excluded-ids: listed in ids.json"), mixer.reasons());
    }

    @Test
    void repeatMeasuresOnSoftLabelsAndLambdas() {
        List<Judgment> js = List.of(
                cat("a", "1", 0, 1, false, null),
                cat("a", "1", 1, 1, true, null),
                Judgment.of("b", "m", new MixingFactorAnswer(10, 50)),
                new Judgment("b", "m", new MixingFactorAnswer(40, 50), -1, null, null, true, null));
        ExclusionPolicy policy = ExclusionPolicy.of(
                ExclusionRule.maxRepeatInconsistency(ExclusionRule.RepeatMeasure.MEAN_JENSEN_SHANNON, 0.1,
                        RepeatConsistencyTest.ONE_HOT),
                ExclusionRule.maxRepeatInconsistency(ExclusionRule.RepeatMeasure.MEAN_ABS_LAMBDA_DIFFERENCE, 0.25,
                        null));
        List<AnnotatorExclusion> r = policy.apply(js, null);
        assertEquals(Math.log(2), r.get(0).outcomes().get(0).value(), 1e-15);
        assertTrue(r.get(0).excluded());
        // lambdas 0.9 and 0.6
        assertEquals(0.3, r.get(1).outcomes().get(1).value(), 1e-12);
        assertEquals("max-repeat-mean-abs-lambda-difference: mean-abs-lambda-difference 0.3 over 1 repeat pair"
                + " exceeds the maximum 0.25", r.get(1).reasons().get(0));
        assertThrows(IllegalArgumentException.class, () -> ExclusionRule.maxRepeatInconsistency(
                ExclusionRule.RepeatMeasure.MEAN_L1, 0.1, null));
    }

    @Test
    void readsTheStudysIdList() throws IOException {
        Path f = SharedData.require("cifar10s/exclusion_criteria_prolific_ids.json");
        List<String> ids = ExclusionRule.readIdList(f);
        assertEquals(45, ids.size());
        assertEquals("5e6162fd64d2080671040317", ids.get(0));
    }

    @Test
    void aBadIdListNamesTheElement() throws IOException {
        Path f = dir.resolve("ids.json");
        Files.writeString(f, "[\"a\", 3]");
        IOException e = assertThrows(IOException.class, () -> ExclusionRule.readIdList(f));
        assertEquals("ids.json: element 2 is 3; expected a non-empty id string", e.getMessage());
    }
}
