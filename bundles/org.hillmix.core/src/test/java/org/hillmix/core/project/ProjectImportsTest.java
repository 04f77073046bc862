package org.hillmix.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectImportsTest {

    @TempDir
    Path project;

    private static Path shared() {
        return Path.of(System.getProperty("hillmix.shared.data", "../../../shared/data"));
    }

    @Test
    void importsAJournalWithoutReplacingAnExistingOne() throws IOException {
        HillmixProject p = HillmixProject.create("i", ClassSet.CIFAR10, null);
        Path source = project.resolve("other.jsonl");
        Judgment j = new Judgment("x", "a.png", new MixingFactorAnswer(30, 80), 5, Instant.EPOCH, Instant.EPOCH,
                false, Map.of());
        JudgmentJsonl.write(source, List.of(j), null);
        ProjectImports.Result r = ProjectImports.importInto(project, p, ProjectImports.Source.JOURNAL, source, "Lab2",
                CleaningPolicy.DEFAULT, null);
        assertEquals(project.resolve("journals/import-lab2.jsonl"), r.journal());
        assertEquals(List.of(j), JudgmentJsonl.read(r.journal(), JournalReadMode.STRICT, null).judgments());
        IOException again = assertThrows(IOException.class, () -> ProjectImports.importInto(project, p,
                ProjectImports.Source.JOURNAL, source, "lab2", CleaningPolicy.DEFAULT, null));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
    }

    @Test
    void importsThePublishedHmixMixingFactorAnswers() throws IOException {
        Path dir = shared().resolve("hmix");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + ": skipping");
        Path csv;
        try (var files = Files.walk(dir)) {
            csv = files.filter(f -> f.getFileName().toString().toLowerCase().contains("mixing")
                    && f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(csv != null, "no H-Mix mixing-factor CSV under " + dir + ": skipping");
        ProjectImports.Result r = ProjectImports.importInto(project, HillmixProject.create("h", ClassSet.CIFAR10, null),
                ProjectImports.Source.HMIX_MIXING_FACTOR, csv, "hmix", CleaningPolicy.DEFAULT, null);
        List<Judgment> js = JudgmentJsonl.read(r.journal(), JournalReadMode.STRICT, null).judgments();
        assertEquals(r.judgments(), js.size());
        assertTrue(js.size() > 1000, "the published file has thousands of answers: " + js.size());
        assertTrue(js.stream().allMatch(x -> x.answer() instanceof MixingFactorAnswer));
    }
}
