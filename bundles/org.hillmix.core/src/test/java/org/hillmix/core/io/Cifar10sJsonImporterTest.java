package org.hillmix.core.io;

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
import org.hillmix.core.labels.AggregatedLabel;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelAggregator;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10sJsonImporterTest {

    @TempDir
    Path tmp;

    @Test
    void flagsOfThePublishedAnswers() throws IOException {
        CategoricalImport imp = Cifar10sJsonImporter.read(SharedData.require("cifar10s/human_soft_labels_data.json"),
                ClassSet.CIFAR10, CleaningPolicy.DEFAULT, ProgressMonitor.NULL);
        assertEquals(6_723, imp.judgments().size());
        assertTrue(imp.alterations().isEmpty());
        assertTrue(imp.invalid().isEmpty());
        // counted independently with a Python script over the file
        Map<AnswerFlag, Integer> flags = imp.flagCounts();
        assertEquals(674, flags.get(AnswerFlag.PROBABILITIES_SUM_OVER_100));
        assertEquals(473, flags.get(AnswerFlag.ALL_OTHER_CLASSES_IMPOSSIBLE));
        assertEquals(153, flags.get(AnswerFlag.SECOND_SAME_AS_MOST_PROBABLE));
        assertEquals(40, flags.get(AnswerFlag.CHOSEN_CLASS_MARKED_IMPOSSIBLE));
        assertEquals(36, flags.get(AnswerFlag.SECOND_ABOVE_TOP));
        assertEquals(10, flags.get(AnswerFlag.SECOND_CLASS_WITHOUT_PROBABILITY));
        assertEquals(4, flags.get(AnswerFlag.SECOND_PROBABILITY_ZERO));
        assertFalse(flags.containsKey(AnswerFlag.TOP_PROBABILITY_ZERO), "the study already read 0 as 100 here");
        assertEquals("0/0", imp.judgments().get(0).judgment().annotator());
        CategoricalAnswer first = (CategoricalAnswer) imp.judgments().get(0).judgment().answer();
        assertEquals(new CategoricalAnswer(3, 95, 5, 10, List.of(0, 1, 2, 4, 6, 7, 8, 9)), first);
    }

    /**
     * The study's notebook prints the mean top2-clamp labels of items 0 and 4097 (8 decimals);
     * the per-item aggregation reproduces them.
     */
    @Test
    void aggregationMatchesTheStudysPrintedMeans() throws IOException {
        CategoricalImport imp = Cifar10sJsonImporter.read(SharedData.require("cifar10s/human_soft_labels_data.json"),
                ClassSet.CIFAR10, CleaningPolicy.DEFAULT, ProgressMonitor.NULL);
        List<AggregatedLabel> agg = SoftLabelAggregator.aggregate(SoftLabeling.labelAll(imp.judgments(),
                ClassSet.CIFAR10, SoftLabelScheme.CIFAR10S_PUBLISHED, null), null);
        assertEquals(1000, agg.size());
        Map<String, double[]> printed = Map.of(
                "0", new double[] {0, 0, 0.0047619, 0.71829932, 0.0047619, 0.25312925, 0.01428571, 0.0047619, 0, 0},
                "4097", new double[] {0.01666667, 0.01666667, 0.14166667, 0.42166667, 0.025, 0.095, 0.15833333, 0.025,
                        0.08333333, 0.01666667});
        for (AggregatedLabel a : agg) {
            double[] p = printed.get(a.item());
            if (p != null) {
                for (int c = 0; c < 10; c++) {
                    assertEquals(p[c], a.probability(c), 5e-9, "item " + a.item() + " class " + c);
                }
            }
        }
        assertEquals(7, agg.stream().filter(a -> a.item().equals("0")).findFirst().orElseThrow().annotators());
    }

    @Test
    void errorsNameFileLineColumnAndItem() throws IOException {
        Path f = tmp.resolve("answers.json");
        Files.writeString(f, "{\"5\": [\n  {\"Most Probable Class\": \"Cat\", \"Most Probable Class Prob\": 90,"
                + " \"Second Most Probable Class\": \"No\", \"Second Most Probable Class Prob\": null,"
                + " \"Impossible Class(es)\": []},\n  {\"Most Probable Class\": \"Kat\", \"Most Probable Class Prob\": 90}\n]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cifar10sJsonImporter.read(f, ClassSet.CIFAR10, CleaningPolicy.DEFAULT, null));
        assertTrue(e.getMessage().startsWith("answers.json line 3, column 3 (item '5', answer 1): unknown class 'Kat'"),
                e.getMessage());

        Files.writeString(f, "{\"5\": {}}");
        IllegalArgumentException layout = assertThrows(IllegalArgumentException.class,
                () -> Cifar10sJsonImporter.read(f, ClassSet.CIFAR10, CleaningPolicy.DEFAULT, null));
        assertTrue(layout.getMessage().contains("item '5' must map to a list of answers"), layout.getMessage());

        Files.writeString(f, "{\"5\": [ {\"a\": } ]}");
        IOException syntax = assertThrows(IOException.class,
                () -> Cifar10sJsonImporter.read(f, ClassSet.CIFAR10, CleaningPolicy.DEFAULT, null));
        assertTrue(syntax.getMessage().startsWith("answers.json line 1, column"), syntax.getMessage());
    }

    @Test
    void studyPolicyReadsAZeroAsHundred() throws IOException {
        Path f = tmp.resolve("zero.json");
        Files.writeString(f, "{\"7\": [{\"Most Probable Class\": \"dog\", \"Most Probable Class Prob\": 0,"
                + " \"Second Most Probable Class\": \"No\", \"Second Most Probable Class Prob\": null,"
                + " \"Impossible Class(es)\": [\"Cat\"]}]}");
        CategoricalImport d = Cifar10sJsonImporter.read(f, ClassSet.CIFAR10, CleaningPolicy.DEFAULT, null);
        assertEquals(0, ((CategoricalAnswer) d.judgments().get(0).judgment().answer()).mostProbability());
        assertTrue(d.judgments().get(0).flags().contains(AnswerFlag.TOP_PROBABILITY_ZERO));
        CategoricalImport s = Cifar10sJsonImporter.read(f, ClassSet.CIFAR10, CleaningPolicy.CIFAR10S_STUDY, null);
        assertEquals(100, ((CategoricalAnswer) s.judgments().get(0).judgment().answer()).mostProbability());
        assertEquals(1, s.alterations().size());
        assertEquals("100", s.alterations().get(0).replacement());
    }
}
