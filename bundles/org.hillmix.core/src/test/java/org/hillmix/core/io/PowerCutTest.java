package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link KillAndResumeTest} cannot see: a SIGKILL keeps the page cache, so a writer that acknowledged
 * judgments without forcing them passes it. Here the writer's channels go through {@link PowerCutDisk}, which
 * keeps only what was forced; an acknowledged judgment (or undo) must be on the device when {@code append}
 * (or {@code withdraw}) returns, and must survive a power cut. Removing the force in
 * {@code JudgmentJournalWriter.writeLine}, or the folder force after creating the journal, fails this test.
 */
class PowerCutTest {

    @TempDir
    Path dir;

    private static Judgment judgment(int i) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(i);
        return new Judgment("ann", "item-" + i, new MixingFactorAnswer(i % 101, 50), 10, now, now, false,
                Map.of("task", "power-cut"));
    }

    @Test
    void everyAcknowledgedJudgmentIsOnTheDeviceAndSurvivesAPowerCut() throws Exception {
        Path journal = dir.resolve("ann.jsonl");
        PowerCutDisk disk = new PowerCutDisk();
        JudgmentJournalWriter w = JudgmentJournalWriter.open(journal, JudgmentJournalWriter.Durability.FSYNC_EACH,
                disk.channels());
        assertTrue(disk.isDurable(journal), "a new journal's name is on the device before the first judgment");
        for (int i = 0; i < 5; i++) {
            w.append(judgment(i));
            assertTrue(disk.isDurable(journal), "judgment " + i + " was acknowledged before it was forced");
        }
        w.withdraw(Withdrawal.of(judgment(4), Instant.parse("2026-11-22T10:01:00Z")));
        assertTrue(disk.isDurable(journal), "the undo was acknowledged before it was forced");

        disk.powerCut(); // the writer is never closed: close() forces, which would hide a missing force
        List<Judgment> survived = JudgmentJsonl.read(journal, JournalReadMode.STRICT, null).judgments();
        assertEquals(List.of("item-0", "item-1", "item-2", "item-3"),
                survived.stream().map(Judgment::item).toList());

        // Resuming after the cut appends to the surviving journal.
        try (JudgmentJournalWriter again = JudgmentJournalWriter.open(journal,
                JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            again.append(judgment(5));
        }
        assertEquals(5, JudgmentJsonl.read(journal, JournalReadMode.STRICT, null).judgments().size());
    }

    /** The model has teeth: buffered (unforced) lines are lost in a power cut, forced ones are not. */
    @Test
    void unforcedLinesAreLostInAPowerCut() throws Exception {
        Path journal = dir.resolve("bulk.jsonl");
        Files.writeString(journal, JudgmentJsonl.toLine(judgment(0)) + "\n", StandardCharsets.UTF_8);
        PowerCutDisk disk = new PowerCutDisk();
        JudgmentJournalWriter w = JudgmentJournalWriter.open(journal, JudgmentJournalWriter.Durability.BUFFERED,
                disk.channels());
        w.append(judgment(1));
        w.sync();
        w.append(judgment(2));
        w.flush(); // written to the file, not forced
        assertTrue(!disk.isDurable(journal), "a flushed but unforced line is not on the device");
        int forces = disk.forces();
        disk.powerCut();
        assertEquals(List.of("item-0", "item-1"), JudgmentJsonl.read(journal, JournalReadMode.STRICT, null)
                .judgments().stream().map(Judgment::item).toList());
        assertEquals(1, forces, "one sync, one force");
    }

    /** A cut-off line set aside at open is forced, in its own file and in the journal, before writing resumes. */
    @Test
    void aRepairIsDurable() throws Exception {
        Path journal = dir.resolve("cut.jsonl");
        String line = JudgmentJsonl.toLine(judgment(0));
        Files.writeString(journal, line + "\n" + line.substring(0, 20), StandardCharsets.UTF_8);
        PowerCutDisk disk = new PowerCutDisk();
        JudgmentJournalWriter w = JudgmentJournalWriter.open(journal, JudgmentJournalWriter.Durability.FSYNC_EACH,
                disk.channels());
        assertTrue(w.recovery().contains("cut off"), w.recovery());
        disk.powerCut();
        assertEquals(line + "\n", Files.readString(journal, StandardCharsets.UTF_8));
        assertEquals(line.substring(0, 20) + "\n", Files.readString(journal.resolveSibling("cut.jsonl.truncated"),
                StandardCharsets.UTF_8));
    }
}
