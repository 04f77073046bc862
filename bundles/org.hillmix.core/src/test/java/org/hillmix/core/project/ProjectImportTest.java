package org.hillmix.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.io.SharedData;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing published judgments into a project's journals. */
class ProjectImportTest {

    @TempDir
    Path project;

    private static Path hmix() {
        return SharedData.requireDir("hmix");
    }

    @Test
    void constructMidpointAnswersGoToOneJournalPerSubject() throws IOException {
        Path csv = hmix().resolve("hmix_construct_midpoint.csv");
        ProjectJson.write(project, HillmixProject.create("imp", ClassSet.CIFAR10, null));
        // Expected values counted independently of the importer: answer rows and their subject column.
        Set<String> subjects = new TreeSet<>();
        int rows = 0;
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",", -1);
            if (f.length > 5 && "reconstruction".equals(f[2])) {
                rows++;
                subjects.add(f[5]);
            }
        }
        assertEquals(1440, rows, "the published file has 1440 construct answers");

        ProjectImport.Result r = ProjectImport.importJudgments(project,
                ProjectImport.Source.guess(csv), csv, ProgressMonitor.NULL);
        assertEquals(rows, r.judgments());
        assertEquals(subjects, r.journalsByAnnotator().keySet());
        HillmixProject after = ProjectJson.read(project);
        assertEquals(subjects, new TreeSet<>(after.annotators()));
        int total = 0;
        for (String s : subjects) {
            Path journal = HillmixProject.journal(project, s);
            var read = JudgmentJsonl.read(journal, JournalReadMode.STRICT, ProgressMonitor.NULL).judgments();
            assertTrue(read.stream().allMatch(j -> j.annotator().equals(s)), "journal " + s + " holds only " + s);
            total += read.size();
        }
        assertEquals(rows, total);

        // Importing the same file again merges: nothing is duplicated, no annotator is listed twice.
        ProjectImport.importJudgments(project, ProjectImport.Source.HMIX_CONSTRUCT_MIDPOINT, csv, null);
        try (Stream<Path> files = Files.list(project.resolve(HillmixProject.JOURNALS))) {
            assertEquals(subjects.size(), files.count());
        }
        int again = 0;
        for (String s : subjects) {
            again += JudgmentJsonl.read(HillmixProject.journal(project, s), JournalReadMode.STRICT, null)
                    .judgments().size();
        }
        assertEquals(rows, again);
        assertEquals(subjects.size(), ProjectJson.read(project).annotators().size());
    }

    @Test
    void aFolderWithoutDescriptorIsRefused() throws IOException {
        Path csv = Files.writeString(project.resolve("x.csv"), "a\n");
        IOException e = assertThrows(IOException.class, () -> ProjectImport.importJudgments(project,
                ProjectImport.Source.HMIX_CATEGORICAL, csv, null));
        assertTrue(e.getMessage().contains(HillmixProject.DESCRIPTOR), e.getMessage());
    }

    @Test
    void sourcesAreGuessedFromThePublishedNames() {
        assertEquals(ProjectImport.Source.HMIX_MIXING_FACTOR,
                ProjectImport.Source.guess(Path.of("hmix_infer_mixing_factor.csv")));
        assertEquals(ProjectImport.Source.CIFAR10S_RAW, ProjectImport.Source.guess(Path.of("raw_human_data.csv")));
        assertEquals(ProjectImport.Source.CIFAR10S_JSON,
                ProjectImport.Source.guess(Path.of("human_soft_labels_data.json")));
        assertEquals(null, ProjectImport.Source.guess(Path.of("notes.txt")));
    }

    @Test
    void pathsWithoutAFileNameGuessNothing() {
        // what the import wizard's file field holds after typing "/" (issue 9: a NullPointerException)
        assertEquals(null, ProjectImport.Source.guess(Path.of("/")));
        assertEquals(null, ProjectImport.Source.guess(Path.of("")));
        assertEquals(ProjectImport.Source.HMIX_CATEGORICAL,
                ProjectImport.Source.guess(Path.of("/data/hmix/hmix_categorical.csv/")));
    }
}
