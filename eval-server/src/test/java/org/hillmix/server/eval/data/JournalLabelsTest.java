package org.hillmix.server.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.hillmix.server.eval.simulation.MixingJudgment;

/** Labels from a HILLmix judgment journal ({@code labels.kind = jsonl}). */
class JournalLabelsTest {

    @Test
    void journalGivesSoftLabelsAndMixingJudgments(@TempDir Path tmp) throws Exception {
        List<Judgment> js = new ArrayList<>();
        // Synthetic items are ids "0".."N-1"; two annotators label every item of 2 classes x 5.
        for (int item = 0; item < 10; item++) {
            int label = item / 5;
            js.add(Judgment.of("a", Integer.toString(item), new CategoricalAnswer(label, 80, 1 - label, 20, List.of())));
            js.add(Judgment.of("b", Integer.toString(item), CategoricalAnswer.top1(label, 100, List.of())));
        }
        js.add(Judgment.of("a", "99", CategoricalAnswer.top1(0, 100, List.of()))); // not in the data set
        js.add(new Judgment("a", "mixed_1", new MixingFactorAnswer(30, 80), -1, null, null, false,
                Map.of("label1", "stripes", "label2", "rings", "mixtureCoeff", "0.5")));
        js.add(new Judgment("a", "mixed_2", new MixingFactorAnswer(30, 80), -1, null, null, false, Map.of()));
        js.add(Judgment.of("a", "pair", new ConstructMidpointAnswer(0.1, 0.6, 0.1)));
        Path journal = tmp.resolve("j.jsonl");
        JudgmentJsonl.write(journal, js, ProgressMonitor.NULL);

        JobConfig c = JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "t",
                 "dataset": {"kind": "synthetic", "classes": 2, "perClass": 5, "imageSize": 8},
                 "labels": {"kind": "jsonl", "path": "j.jsonl"},
                 "regimes": [{"name": "human-soft"}, {"name": "human-mixup"}]}
                """);
        JobData d = JobData.prepare(c, tmp, ProgressMonitor.NULL);
        for (double[][] perAnnotator : d.trainAnnotatorLabels()) {
            assertEquals(2, perAnnotator.length);
        }
        assertEquals(1, d.judgments().size());
        MixingJudgment m = d.judgments().get(0);
        assertEquals(0, m.class1());
        assertEquals(1, m.class2());
        assertEquals(0.5, m.trueLambda());
        assertEquals(0.7, m.perceivedLambda(), 1e-12, "1 - slider/100");
        assertEquals(0.8, m.confidence(), 1e-12);
        String warnings = String.join(" | ", d.warnings());
        assertTrue(warnings.contains("2 judgments skipped"), warnings); // mixed_2 without attributes, construct
        assertTrue(warnings.contains("1 labels name items that are not in the data set"), warnings);
        // The 80/20 answer becomes the top-2 clamp label: 0.8 and 0.2, nothing to redistribute with 2 classes.
        double[] first = d.trainAnnotatorLabels()[0][0];
        assertEquals(1.0, first[0] + first[1], 1e-12);
        assertEquals(0.8, Math.max(first[0], first[1]), 1e-12);
    }
}
