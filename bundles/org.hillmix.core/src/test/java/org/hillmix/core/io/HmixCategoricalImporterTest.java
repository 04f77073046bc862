package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.junit.jupiter.api.Test;

/** The H-Mix categorical CSV, counts read off the file by hand. */
class HmixCategoricalImporterTest {

    @Test
    void importsTheAnswerRowsAndCountsTheRest() throws IOException {
        CategoricalImport imp = HmixCategoricalImporter.read(
                SharedData.require("hmix/hmix_categorical_soft_labels.csv"), ClassSet.CIFAR10, CleaningPolicy.DEFAULT,
                ProgressMonitor.NULL);
        assertEquals(216, imp.judgments().size());
        assertEquals(8, imp.judgments().stream().map(j -> j.judgment().annotator()).distinct().count());
        assertEquals(100, imp.judgments().stream().map(j -> j.judgment().item()).distinct().count());
        assertEquals(Map.of("external-html", 8, "instructions", 16, "pavlovia", 8, "preload", 8,
                "survey-multi-choice", 8, "survey-text", 8), imp.skippedByType());
        assertEquals(16, imp.judgments().stream().filter(j -> j.judgment().repeat()).count());
        assertTrue(imp.alterations().isEmpty());
        assertTrue(imp.invalid().isEmpty());
        // one answer names bird twice (bird 90, bird 75)
        assertEquals(1, imp.flagCounts().get(AnswerFlag.SECOND_SAME_AS_MOST_PROBABLE));

        // line 8: Airplane 60, Frog 20, impossible truck, deer, dog, cat, horse.
        // top2-clamp: m = 0.8, P = {airplane, automobile, bird, frog, ship}, d = 5 - 2 = 3:
        // automobile, bird and ship get 0.2 / 3 each.
        SourcedJudgment first = imp.judgments().get(0);
        assertEquals("hmix_categorical_soft_labels.csv line 8", first.source());
        assertEquals("mixed_0.75_Airplane_3497_Ship_8913.png", first.judgment().item());
        assertEquals("71ktrmpcv3we1b7", first.judgment().annotator());
        assertEquals("0.75", first.judgment().attribute("mixtureCoeff"));
        assertEquals("Ship", first.judgment().attribute("label2"));
        List<AnnotatorLabel> labels = SoftLabeling.labelAll(imp.judgments(), ClassSet.CIFAR10,
                SoftLabelScheme.CIFAR10S_PUBLISHED, ProgressMonitor.NULL);
        double third = 0.2 / 3;
        double[] expected = {.6, third, third, 0, 0, 0, .2, 0, third, 0};
        double[] got = labels.get(0).label();
        for (int c = 0; c < 10; c++) {
            assertEquals(expected[c], got[c], 1e-12, "class " + c);
        }
    }
}
