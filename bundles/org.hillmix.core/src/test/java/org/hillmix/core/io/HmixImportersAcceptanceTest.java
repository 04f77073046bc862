package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.junit.jupiter.api.Test;

/**
 * The three H-Mix files this package imports, against counts stated by the data set's README and
 * values read off the files by hand.
 */
class HmixImportersAcceptanceTest {

    @Test
    void inferMixingFactorHas4950RowsFrom81Participants() throws IOException {
        JudgmentImport imp = HmixMixingFactorImporter.read(SharedData.require("hmix/hmix_infer_mixing_factor.csv"),
                ProgressMonitor.NULL);
        assertEquals(4950, imp.entries().size());
        assertEquals(81, imp.annotators().size());
        assertEquals(Map.of(), imp.skippedByType());
        assertTrue(imp.invalid().isEmpty(), () -> imp.invalid().get(0).errors().toString());
        // task == rerun_rate_mixture on 162 rows
        assertEquals(162, imp.judgments().stream().filter(Judgment::repeat).count());
        assertEquals(2070, imp.judgments().stream().map(Judgment::item).distinct().count());

        // line 2: t3penhne8p144yo, rt 35999.5, {"mixingcoeff":26,"confidence":100}, mixed_0.5_Dog_2205_Frog_6908.png
        SourcedJudgment first = imp.entries().get(0);
        assertEquals("hmix_infer_mixing_factor.csv line 2", first.source());
        Judgment j = first.judgment();
        assertEquals("t3penhne8p144yo", j.annotator());
        assertEquals("mixed_0.5_Dog_2205_Frog_6908.png", j.item());
        assertEquals(new MixingFactorAnswer(26, 100), j.answer());
        assertEquals(0.74, ((MixingFactorAnswer) j.answer()).perceivedLambda1(), 1e-15);
        assertEquals(36000, j.reactionTimeMs());
        assertEquals("35999.5", j.attribute("rt"));
        assertEquals("0.5", j.attribute(HmixMixingFactorImporter.TRUE_LAMBDA));
        assertEquals("Dog", j.attribute("label1"));
        assertEquals("Frog", j.attribute("label2"));
        assertEquals("2205.0", j.attribute("id1"));
        assertEquals("6908.0", j.attribute("id2"));
        assertEquals("mixed_0.5_Dog_2205_Frog_6908.png", j.attribute("filename"));
        assertEquals(false, j.repeat());
    }

    @Test
    void constructHas1440RowsFrom45Participants() throws IOException {
        JudgmentImport imp = HmixConstructMidpointImporter.read(SharedData.require("hmix/hmix_construct_midpoint.csv"),
                ProgressMonitor.NULL);
        assertEquals(1440, imp.entries().size());
        assertEquals(45, imp.annotators().size());
        assertEquals(Map.of(), imp.skippedByType());
        assertTrue(imp.invalid().isEmpty(), () -> imp.invalid().get(0).errors().toString());
        assertEquals(90, imp.judgments().stream().filter(Judgment::repeat).count());
        // line 2: o5bv7eyn1ckp7ve, final 0.6, start 0.1, Bird_9624_Deer_9585, rt 23103.099999904636
        Judgment j = imp.judgments().get(0);
        assertEquals("o5bv7eyn1ckp7ve", j.annotator());
        assertEquals("Bird_9624_Deer_9585", j.item());
        assertEquals(new ConstructMidpointAnswer(0.1, 0.6, 0.1), j.answer());
        assertEquals(23103, j.reactionTimeMs());
        // line 7 holds 0.6000000000000001, kept as recorded
        assertEquals(0.6000000000000001, ((ConstructMidpointAnswer) imp.judgments().get(5).answer()).finalValue());
    }

    @Test
    void selectShuffledHas800RowsFrom25Participants() throws IOException {
        JudgmentImport imp = HmixSelectShuffledImporter.read(
                SharedData.require("hmix/hmix_select_shuffled_midpoint.csv"), ProgressMonitor.NULL);
        assertEquals(800, imp.entries().size());
        assertEquals(25, imp.annotators().size());
        assertEquals(Map.of(), imp.skippedByType());
        assertTrue(imp.invalid().isEmpty(), () -> imp.invalid().get(0).errors().toString());
        assertEquals(50, imp.judgments().stream().filter(Judgment::repeat).count());
        // line 2: 1j4yz66w4dwly8d, {"select":"select0.5"}, Airplane_2589_Cat_6202; line 3: select0.3
        Judgment j = imp.judgments().get(0);
        assertEquals("1j4yz66w4dwly8d", j.annotator());
        assertEquals("Airplane_2589_Cat_6202", j.item());
        assertEquals(new SelectShuffledAnswer(0.5, List.of()), j.answer());
        assertEquals(0.3, ((SelectShuffledAnswer) imp.judgments().get(1).answer()).selectedLambda());
        assertEquals(13717, j.reactionTimeMs());
    }

    /** The README: "159 participants in all" over the four H-Mix files, no participant in two. */
    @Test
    void theFourFilesHave159ParticipantsInAll() throws IOException {
        Set<String> all = new TreeSet<>();
        int sum = 0;
        for (JudgmentImport imp : List.of(
                HmixMixingFactorImporter.read(SharedData.require("hmix/hmix_infer_mixing_factor.csv"), null),
                HmixConstructMidpointImporter.read(SharedData.require("hmix/hmix_construct_midpoint.csv"), null),
                HmixSelectShuffledImporter.read(SharedData.require("hmix/hmix_select_shuffled_midpoint.csv"), null))) {
            all.addAll(imp.annotators());
            sum += imp.annotators().size();
        }
        CategoricalImport cat = HmixCategoricalImporter.read(
                SharedData.require("hmix/hmix_categorical_soft_labels.csv"), ClassSet.CIFAR10, CleaningPolicy.DEFAULT,
                null);
        Set<String> catAnnotators = new TreeSet<>();
        cat.judgments().forEach(sj -> catAnnotators.add(sj.judgment().annotator()));
        assertEquals(8, catAnnotators.size());
        all.addAll(catAnnotators);
        sum += catAnnotators.size();
        assertEquals(159, all.size());
        assertEquals(159, sum);
    }
}
