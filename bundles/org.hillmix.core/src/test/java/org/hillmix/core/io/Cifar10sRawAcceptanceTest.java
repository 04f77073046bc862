package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on {@code raw_human_data.csv}: under the study's cleaning the published labels are
 * reproduced with exactly 8 alterations; under the default policy the same 8 answers are flagged
 * and left as typed. Row numbers and values were read off the file by hand (a Python csv reader).
 */
class Cifar10sRawAcceptanceTest {

    /** Physical line -> expected alteration (field, original, replacement). */
    static final Map<Long, List<String>> ALTERED = new TreeMap<>(Map.of(
            42L, List.of("prob", "0", "100"),
            3722L, List.of("prob", "0", "100"),
            4608L, List.of("prob", "0", "100"),
            4818L, List.of("prob", "0", "100"),
            5819L, List.of("prob", "0", "100"),
            6553L, List.of("prob", "0", "100"),
            7763L, List.of("prob", "8p", "80"),
            8342L, List.of("prob2", "p\\\\\\", "ignored")));

    static Path raw() {
        return SharedData.require("cifar10s/raw_human_data.csv");
    }

    static long line(SourcedJudgment j) {
        String s = j.source();
        return Long.parseLong(s.substring(s.lastIndexOf(' ') + 1));
    }

    @Test
    void studyCleaningReproducesPublishedLabelsWithEightAlterations() throws IOException {
        Path published = SharedData.require("cifar10s/cifar10s_t2clamp_redist10.json");
        CategoricalImport imp = Cifar10sRawImporter.read(raw(), ClassSet.CIFAR10, CleaningPolicy.CIFAR10S_STUDY,
                ProgressMonitor.NULL);
        assertEquals(6_723, imp.judgments().size());
        assertEquals(Map.of("external-html", 249, "instructions", 511, "pavlovia", 251, "preload", 249,
                "survey-multi-choice", 262, "survey-text", 249), imp.skippedByType());

        List<Alteration> alterations = imp.alterations();
        assertEquals(8, alterations.size());
        Map<Long, List<String>> found = new TreeMap<>();
        for (Alteration a : alterations) {
            long line = Long.parseLong(a.source().substring(a.source().lastIndexOf(' ') + 1));
            assertTrue(a.source().startsWith("raw_human_data.csv line "), a.source());
            found.put(line, List.of(a.field(), a.original(), a.replacement()));
            assertFalse(a.reason().isBlank());
        }
        assertEquals(ALTERED, found);
        assertEquals(8, imp.judgments().stream().filter(j -> !j.alterations().isEmpty()).count());
        assertTrue(imp.invalid().isEmpty(), "no answer is illegal after the study's cleaning");

        List<AnnotatorLabel> labels = SoftLabeling.labelAll(imp.judgments(), ClassSet.CIFAR10,
                SoftLabelScheme.CIFAR10S_PUBLISHED, ProgressMonitor.NULL);
        double worst = Cifar10sAcceptanceTest.compareAsMultisets(Cifar10sAcceptanceTest.byItem(labels),
                Cifar10sLabelsFile.read(published));
        assertTrue(worst < 1e-9, "max abs error " + worst);
    }

    @Test
    void defaultPolicyFlagsTheSameAnswersAndAltersNothing() throws IOException {
        CategoricalImport imp = Cifar10sRawImporter.read(raw(), ClassSet.CIFAR10, CleaningPolicy.DEFAULT,
                ProgressMonitor.NULL);
        assertEquals(6_723, imp.judgments().size());
        assertTrue(imp.alterations().isEmpty());
        Map<Long, SourcedJudgment> byLine = new HashMap<>();
        for (SourcedJudgment j : imp.judgments()) {
            byLine.put(line(j), j);
        }
        for (long line : List.of(42L, 3722L, 4608L, 4818L, 5819L, 6553L)) {
            SourcedJudgment j = byLine.get(line);
            assertTrue(j.flags().contains(AnswerFlag.TOP_PROBABILITY_ZERO), "line " + line + ": " + j.flags());
            assertEquals(0.0, ((CategoricalAnswer) j.judgment().answer()).mostProbability());
            assertTrue(j.isValid(), "a zero probability is legal, only flagged");
        }
        SourcedJudgment typo = byLine.get(7763L);
        assertTrue(typo.flags().contains(AnswerFlag.UNPARSEABLE_MOST_PROBABILITY));
        assertTrue(Double.isNaN(((CategoricalAnswer) typo.judgment().answer()).mostProbability()));
        assertFalse(typo.isValid(), "'8p' is not a probability, so the answer cannot be used as typed");
        assertEquals("ddnc1kkmnrq4u0k", typo.judgment().annotator());
        assertEquals("6334", typo.judgment().item());
        SourcedJudgment junk = byLine.get(8342L);
        assertTrue(junk.flags().contains(AnswerFlag.UNPARSEABLE_SECOND_PROBABILITY));
        assertTrue(junk.isValid(), "no second class was chosen, so the junk second value is not used");

        Set<Long> flaggedLines = new TreeSet<>();
        for (SourcedJudgment j : imp.judgments()) {
            if (j.flags().contains(AnswerFlag.TOP_PROBABILITY_ZERO)
                    || j.flags().contains(AnswerFlag.UNPARSEABLE_MOST_PROBABILITY)
                    || j.flags().contains(AnswerFlag.UNPARSEABLE_SECOND_PROBABILITY)) {
                flaggedLines.add(line(j));
            }
        }
        assertEquals(ALTERED.keySet(), flaggedLines);

        // The first unusable answer as typed: line 42 gives deer 0 and marks all ten classes impossible,
        // so no class can receive mass (the study read the 0 as 100).
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SoftLabeling.labelAll(
                imp.judgments(), ClassSet.CIFAR10, SoftLabelScheme.CIFAR10S_PUBLISHED, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("raw_human_data.csv line 42"), e.getMessage());
        assertTrue(e.getMessage().contains("vtrn5nxg2l5ama3"), e.getMessage());
        // and the '8p' row is refused with its place named
        IllegalArgumentException typoError = assertThrows(IllegalArgumentException.class,
                () -> SoftLabeling.labelAll(List.of(typo), ClassSet.CIFAR10, SoftLabelScheme.CIFAR10S_PUBLISHED,
                        ProgressMonitor.NULL));
        assertTrue(typoError.getMessage().contains("raw_human_data.csv line 7763"), typoError.getMessage());
        assertTrue(typoError.getMessage().contains("not a number"), typoError.getMessage());
    }

    @Test
    void rawRowsKeepTheirFieldsAndTiming() throws IOException {
        CategoricalImport imp = Cifar10sRawImporter.read(raw(), ClassSet.CIFAR10, CleaningPolicy.DEFAULT,
                ProgressMonitor.NULL);
        // line 8 of the file (header on line 1, pandas row 6): subject jc93bl6n96s9etn, img 1128, Deer 100, rt 47434.5, spec_conf
        SourcedJudgment first = imp.judgments().get(0);
        assertEquals("raw_human_data.csv line 8", first.source());
        assertEquals("1128", first.judgment().item());
        assertEquals("jc93bl6n96s9etn", first.judgment().annotator());
        assertEquals(47_435L, first.judgment().reactionTimeMs());
        assertFalse(first.judgment().repeat());
        assertEquals("spec_conf", first.judgment().attribute("task"));
        assertEquals("cifar10_train_1128_Deer.png", first.judgment().attribute("filename"));
        assertEquals("6", first.judgment().attribute("csv_index"));
        CategoricalAnswer a = (CategoricalAnswer) first.judgment().answer();
        assertEquals(ClassSet.CIFAR10.indexOf("deer"), a.mostProbable());
        assertEquals(100.0, a.mostProbability());
        assertFalse(a.hasSecond());
        assertEquals(9, a.impossible().size());
        assertEquals(498, imp.judgments().stream().filter(j -> j.judgment().repeat()).count());
        assertEquals(248, imp.judgments().stream().map(j -> j.judgment().annotator()).distinct().count());
        assertEquals(1000, imp.judgments().stream().map(j -> j.judgment().item()).distinct().count());
    }
}
