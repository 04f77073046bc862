package org.hillmix.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a regime that trains on human labels is refused before a job is submitted when the project's answers
 * give it nothing (it would train on the hard labels and equal 'hard'); before, only a project without any answers
 * was refused.
 */
class RegimesWithoutLabelsTest {

    private static final ClassSet CLASSES = ClassSet.of("cat", "dog");

    @TempDir
    Path dir;

    @Test
    void answersOfTheWrongKindLeaveTheRegimeWithoutLabels() throws Exception {
        Path mixing = dir.resolve("hmix.jsonl");
        JudgmentJsonl.write(mixing, List.of(
                mixing("m1", Map.of("label1", "cat", "label2", "dog", "mixtureCoeff", "0.3")),
                // without the attributes a mixing-factor answer gives human-mixup nothing either
                mixing("m2", Map.of())), ProgressMonitor.NULL);
        Map<String, String> out = EvaluationJobs.regimesWithoutLabels(List.of(mixing), CLASSES,
                List.of("hard", "human-soft", "human-mixup", "mixup"));
        assertEquals(List.of("human-soft"), List.copyOf(out.keySet()));
        assertEquals("human-soft trains on soft labels from categorical or free-distribution answers, and the "
                + "journals hold none (2 judgments: 0 categorical or free-distribution, 1 usable mixing-factor, 1 "
                + "giving no labels)", out.get("human-soft"));

        Path categorical = dir.resolve("cat.jsonl");
        JudgmentJsonl.write(categorical, List.of(Judgment.of("a", "0", new CategoricalAnswer(0, 80, 1, 20,
                List.of())), mixing("m3", Map.of())), ProgressMonitor.NULL);
        assertEquals(List.of("human-mixup"), List.copyOf(EvaluationJobs.regimesWithoutLabels(List.of(categorical),
                CLASSES, List.of("human-soft", "human-mixup")).keySet()));
        assertTrue(EvaluationJobs.regimesWithoutLabels(List.of(categorical, mixing), CLASSES,
                List.of("human-soft", "human-mixup")).isEmpty(), "both kinds: nothing refused");

        // a mixing judgment naming classes the project does not have, or a true lambda outside [0, 1], is unusable
        Path foreign = dir.resolve("foreign.jsonl");
        JudgmentJsonl.write(foreign, List.of(mixing("m4", Map.of("label1", "ship", "label2", "dog", "mixtureCoeff",
                "0.5")), mixing("m5", Map.of("label1", "cat", "label2", "dog", "mixtureCoeff", "7"))),
                ProgressMonitor.NULL);
        assertEquals(List.of("human-mixup"), List.copyOf(EvaluationJobs.regimesWithoutLabels(List.of(foreign),
                CLASSES, List.of("human-mixup")).keySet()));
    }

    private static Judgment mixing(String item, Map<String, String> attributes) {
        return new Judgment("a", item, new MixingFactorAnswer(60, 80), 1000, null, null, false, attributes);
    }
}
