package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.protocol.Judgment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import a published file, export it as a journal, read it back: the judgments are equal. */
class JudgmentJsonlRoundTripTest {

    @TempDir
    Path dir;

    private void roundTrip(List<Judgment> imported, int expectedSize) throws IOException {
        assertEquals(expectedSize, imported.size());
        Path f = dir.resolve("export.jsonl");
        JudgmentJsonl.write(f, imported, null);
        JournalContents back = JudgmentJsonl.read(f, JournalReadMode.STRICT, null);
        assertFalse(back.truncated());
        assertEquals(imported, back.judgments());
    }

    @Test
    void mixingFactorFile() throws IOException {
        roundTrip(HmixMixingFactorImporter.read(SharedData.require("hmix/hmix_infer_mixing_factor.csv"), null)
                .judgments(), 4950);
    }

    @Test
    void constructFile() throws IOException {
        roundTrip(HmixConstructMidpointImporter.read(SharedData.require("hmix/hmix_construct_midpoint.csv"), null)
                .judgments(), 1440);
    }

    @Test
    void selectShuffledFile() throws IOException {
        roundTrip(HmixSelectShuffledImporter.read(SharedData.require("hmix/hmix_select_shuffled_midpoint.csv"), null)
                .judgments(), 800);
    }

    @Test
    void categoricalFiles() throws IOException {
        roundTrip(HmixCategoricalImporter.read(SharedData.require("hmix/hmix_categorical_soft_labels.csv"),
                ClassSet.CIFAR10, CleaningPolicy.DEFAULT, null).judgments().stream().map(SourcedJudgment::judgment)
                .toList(), 216);
        List<Judgment> cifar10s = Cifar10sRawImporter.read(SharedData.require("cifar10s/raw_human_data.csv"),
                ClassSet.CIFAR10, CleaningPolicy.DEFAULT, null).judgments().stream().map(SourcedJudgment::judgment)
                .toList();
        roundTrip(cifar10s, cifar10s.size());
        // 6,225 spec_conf + 498 rerun_spec_conf answer rows
        assertEquals(6723, cifar10s.size());
    }
}
