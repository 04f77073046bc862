package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo in an append-only journal: withdrawal lines and how readers apply them. */
class WithdrawalTest {

    @TempDir
    Path temp;

    private static Judgment judgment(String item, double slider, String answeredAt) {
        return new Judgment("ann", item, new MixingFactorAnswer(slider, 80), 900, Instant.parse("2026-01-01T10:00:00Z"),
                Instant.parse(answeredAt), false, Map.of());
    }

    @Test
    void withdrawalLineHasTheDocumentedLayout() {
        Withdrawal w = Withdrawal.of(judgment("a.png", 30, "2026-01-01T10:00:02Z"),
                Instant.parse("2026-01-01T10:00:05Z"));
        assertEquals("{\"schema\":\"hillmix.withdrawal/1\",\"annotator\":\"ann\",\"item\":\"a.png\","
                + "\"answered_at\":\"2026-01-01T10:00:02Z\",\"withdrawn_at\":\"2026-01-01T10:00:05Z\"}",
                JudgmentJsonl.toLine(w));
    }

    @Test
    void readerDropsTheWithdrawnJudgmentAndKeepsTheRedoneOne() throws IOException {
        Path file = temp.resolve("j.jsonl");
        Judgment a = judgment("a.png", 30, "2026-01-01T10:00:02Z");
        Judgment b = judgment("b.png", 40, "2026-01-01T10:00:04Z");
        Judgment bAgain = judgment("b.png", 45, "2026-01-01T10:00:09Z");
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(file, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            w.append(a);
            w.append(b);
            w.withdraw(Withdrawal.of(b, Instant.parse("2026-01-01T10:00:06Z")));
            w.append(bAgain);
            assertEquals(3, w.appended(), "withdrawals are not judgments");
        }
        assertEquals(4, Files.readAllLines(file).size(), "nothing is rewritten: four lines");
        JournalContents c = JudgmentJsonl.read(file, JournalReadMode.STRICT, ProgressMonitor.NULL);
        assertEquals(List.of(a, bAgain), c.judgments());
        assertEquals(1, c.withdrawn());

        JudgmentJsonl.MergedJournal merged = JudgmentJsonl.merge(List.of(file), JournalReadMode.STRICT, null);
        assertEquals(List.of(a, bAgain), merged.judgments());
    }

    @Test
    void withdrawalOfAnUnknownJudgmentIsABadLine() throws IOException {
        Path file = temp.resolve("j.jsonl");
        Judgment a = judgment("a.png", 30, "2026-01-01T10:00:02Z");
        Files.writeString(file, JudgmentJsonl.toLine(a) + "\n"
                + JudgmentJsonl.toLine(Withdrawal.of(judgment("zzz.png", 1, "2026-01-01T10:00:02Z"),
                        Instant.parse("2026-01-01T10:00:03Z"))) + "\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.read(file, JournalReadMode.STRICT, null));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("zzz.png"), e.getMessage());
        JournalContents lenient = JudgmentJsonl.read(file, JournalReadMode.LENIENT, null);
        assertEquals(List.of(a), lenient.judgments());
        assertEquals(1, lenient.problems().size());
    }

    @Test
    void singleLineParserRejectsAWithdrawalClearly() {
        String line = JudgmentJsonl.toLine(Withdrawal.of(judgment("a.png", 30, "2026-01-01T10:00:02Z"),
                Instant.parse("2026-01-01T10:00:03Z")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JudgmentJsonl.fromLine(line));
        assertTrue(e.getMessage().contains("hillmix.withdrawal/1"), e.getMessage());
    }

    @Test
    void unterminatedCompleteWithdrawalIsKeptOnRepair() throws IOException {
        Path file = temp.resolve("j.jsonl");
        Judgment a = judgment("a.png", 30, "2026-01-01T10:00:02Z");
        Files.writeString(file, JudgmentJsonl.toLine(a) + "\n"
                + JudgmentJsonl.toLine(Withdrawal.of(a, Instant.parse("2026-01-01T10:00:03Z"))), StandardCharsets.UTF_8);
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(file, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            assertTrue(w.recovery().contains("line break"), w.recovery());
        }
        JournalContents c = JudgmentJsonl.read(file, JournalReadMode.STRICT, null);
        assertEquals(List.of(), c.judgments());
        assertEquals(1, c.withdrawn());
    }
}
