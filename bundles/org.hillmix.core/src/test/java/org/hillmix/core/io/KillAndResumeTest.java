package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.hillmix.core.protocol.Judgment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process appends judgments the way the workbench does (fsync per judgment) and is killed
 * with SIGKILL at random moments, five times; after each kill the journal must hold every
 * acknowledged judgment (at most the one being written may be missing or cut off), and resuming at
 * the first unanswered item must end with every item exactly once.
 *
 * <p>A SIGKILL keeps the page cache, so this test passes without the fsync; {@link PowerCutTest}
 * is the one that fails when a judgment is acknowledged before it is forced.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KillAndResumeTest {

    @TempDir
    Path dir;

    @Test
    void killingAtAnyMomentLosesAtMostTheJudgmentBeingWritten() throws Exception {
        Path journal = dir.resolve("ann.jsonl");
        Random random = new Random(20261122);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int next = 0;
        for (int round = 0; round < 5; round++) {
            int killAfter = 3 + random.nextInt(40);
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    JournalAppenderProcess.class.getName(), journal.toString(), Integer.toString(next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int lastAck = -1;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int acks = 0;
                // Read to the end: acks the child wrote before it died may still be in the pipe.
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("ack ")) {
                        lastAck = Integer.parseInt(line.substring(4));
                        if (++acks == killAfter) {
                            // SIGKILL, no shutdown hooks; through the handle, which leaves our end of the pipe open
                            child.toHandle().destroyForcibly();
                        }
                    }
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            assertTrue(lastAck >= next, "round " + round + ": the child acknowledged nothing");

            // What survived: every acknowledged judgment, in order; at most one more (the one in flight).
            JournalContents c = JudgmentJsonl.read(journal, JournalReadMode.STRICT, null);
            List<Judgment> js = c.judgments();
            for (int i = 0; i <= lastAck; i++) {
                assertEquals("item-" + i, js.get(i).item(), "round " + round + ": acknowledged judgment " + i);
            }
            assertTrue(js.size() <= lastAck + 2, "round " + round + ": " + js.size() + " judgments for last ack "
                    + lastAck);
            // Resume at the first unanswered item, as the workbench does.
            next = js.size();
        }
        // A last clean run of the writer repairs any cut-off tail; the journal reads strictly.
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(journal, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            assertTrue(w.appended() == 0);
        }
        List<Judgment> all = JudgmentJsonl.read(journal, JournalReadMode.STRICT, null).judgments();
        assertEquals(next, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals("item-" + i, all.get(i).item(), "each item exactly once, in order");
        }
        assertTrue(Files.size(journal) > 0);
    }
}
