package org.hillmix.core.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;

/**
 * The child process of {@link KillAndResumeTest}: appends judgments about items {@code item-<i>}
 * for i = first, first + 1, ... to a journal with an fsync per judgment (the workbench's path),
 * printing {@code ack <i>} after each append returns, until it is killed.
 */
public final class JournalAppenderProcess {

    private JournalAppenderProcess() {
    }

    /** Arguments: journal file, first index. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(file, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            for (int i = first; i < first + 100_000; i++) {
                Instant now = Instant.now();
                w.append(new Judgment("ann", "item-" + i, new MixingFactorAnswer(i % 101, 50), 10, now, now, false,
                        Map.of("task", "kill-test")));
                System.out.println("ack " + i);
                System.out.flush();
            }
        }
    }
}
