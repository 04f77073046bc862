package org.hillmix.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.session.JsonlJudgmentJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlJudgmentJournalTest {

    @TempDir
    Path temp;

    private static Judgment judgment(String item, CategoricalAnswer answer, long rt) {
        Instant shown = Instant.parse("2026-03-01T10:00:00Z");
        return new Judgment("ann-1", item, answer, rt, shown, shown.plusMillis(rt), false, Map.of("task", "pilot"));
    }

    @Test
    void appendsReadableLinesAndResumesAnExistingJournal() throws IOException {
        Path file = temp.resolve("journal.jsonl");
        Judgment j1 = judgment("12", new CategoricalAnswer(3, 70, 2, 20, List.of(0, 8)), 2345);
        Judgment j2 = judgment("13", CategoricalAnswer.top1(0, 100, List.of()), 800); // NaN second probability
        try (JsonlJudgmentJournal journal = JsonlJudgmentJournal.open(file)) {
            journal.append(j1);
            journal.append(j2);
            assertEquals(List.of(j1, j2), journal.judgments());
        }
        assertEquals(2, Files.readAllLines(file).size());
        assertEquals(List.of(j1, j2), JudgmentJsonl.read(file, JournalReadMode.STRICT, ProgressMonitor.NULL).judgments());

        Judgment j3 = judgment("14", new CategoricalAnswer(5, 60, 3, 60, List.of()), 1500);
        try (JsonlJudgmentJournal resumed = JsonlJudgmentJournal.open(file)) {
            assertEquals(List.of(j1, j2), resumed.judgments(), "judgments of the earlier session");
            resumed.append(j3);
            assertEquals(List.of(j1, j2, j3), resumed.judgments());
        }
        assertEquals(List.of(j1, j2, j3), JudgmentJsonl.read(file, JournalReadMode.STRICT, ProgressMonitor.NULL)
                .judgments());
    }

    @Test
    void refusesAJournalWithABadLineAndReleasesTheFile() throws IOException {
        Path file = temp.resolve("bad.jsonl");
        Files.writeString(file, "{\"not\":\"a judgment\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonlJudgmentJournal.open(file));
        assertTrue(e.getMessage().contains("bad.jsonl"), e.getMessage());
        Files.writeString(file, "");
        try (JsonlJudgmentJournal journal = JsonlJudgmentJournal.open(file)) { // not left locked
            assertEquals(List.of(), journal.judgments());
        }
    }
}
