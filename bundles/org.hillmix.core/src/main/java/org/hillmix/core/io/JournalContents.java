package org.hillmix.core.io;

import java.util.List;
import java.util.Objects;

import org.hillmix.core.protocol.Judgment;

/**
 * What was read from one judgment journal.
 *
 * @param source the file name
 * @param judgments the judgments of the good lines, in file order
 * @param problems bad lines skipped in {@link JournalReadMode#LENIENT} mode (always empty in
 *     strict mode, which throws instead)
 * @param truncatedLastLine the last line when it was cut off mid-write (no line break and not
 *     complete JSON, as after a crash), skipped; {@code null} when the file ends cleanly
 * @param withdrawn how many judgments withdrawal lines took back ({@link Withdrawal}); they are
 *     not in {@code judgments}
 */
public record JournalContents(String source, List<Judgment> judgments, List<JournalProblem> problems,
        JournalProblem truncatedLastLine, int withdrawn) {

    /** Contents without withdrawals. */
    public JournalContents(String source, List<Judgment> judgments, List<JournalProblem> problems,
            JournalProblem truncatedLastLine) {
        this(source, judgments, problems, truncatedLastLine, 0);
    }

    /** Copies the lists. */
    public JournalContents {
        Objects.requireNonNull(source, "source");
        judgments = List.copyOf(judgments);
        problems = List.copyOf(problems);
    }

    /** Whether the last line was cut off and skipped. */
    public boolean truncated() {
        return truncatedLastLine != null;
    }
}
