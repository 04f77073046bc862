package org.hillmix.core.session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJournalWriter;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.io.Withdrawal;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Judgment;

/**
 * A {@link JudgmentJournal} on the core's JSON Lines journal ({@link JudgmentJsonl}, schema
 * {@value JudgmentJsonl#SCHEMA}): every judgment is written and forced to the storage device
 * before {@link #append(Judgment)} returns, so an answer the annotator saw accepted survives a
 * crash. Opening an existing journal keeps its judgments (a session can be resumed) and lets the
 * core's writer repair a line cut off by a crash. The file stays locked until {@link #close()}.
 */
public final class JsonlJudgmentJournal implements JudgmentJournal, Closeable {

    private final JudgmentJournalWriter writer;
    private final List<Judgment> judgments = new ArrayList<>();

    private JsonlJudgmentJournal(JudgmentJournalWriter writer, List<Judgment> existing) {
        this.writer = writer;
        this.judgments.addAll(existing);
    }

    /**
     * Opens (or creates) the journal {@code file}.
     *
     * @throws IOException when the file cannot be read, repaired or locked
     * @throws IllegalArgumentException when an existing line is not a judgment (naming file and line)
     */
    public static JsonlJudgmentJournal open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        JudgmentJournalWriter writer = JudgmentJournalWriter.open(file, JudgmentJournalWriter.Durability.FSYNC_EACH);
        try {
            List<Judgment> existing = Files.size(file) == 0 ? List.of()
                    : JudgmentJsonl.read(file, JournalReadMode.STRICT, ProgressMonitor.NULL).judgments();
            return new JsonlJudgmentJournal(writer, existing);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The journal file. */
    public Path file() {
        return writer.file();
    }

    /** What opening repaired (a cut-off last line), or {@code null} when the file ended cleanly. */
    public String recovery() {
        return writer.recovery();
    }

    @Override
    public synchronized void append(Judgment judgment) throws IOException {
        writer.append(Objects.requireNonNull(judgment, "judgment"));
        judgments.add(judgment);
    }

    @Override
    public synchronized void withdraw(Judgment judgment, Instant when) throws IOException {
        int i = judgments.lastIndexOf(judgment);
        if (i < 0) {
            throw new IllegalArgumentException("cannot withdraw the judgment about item '" + judgment.item()
                    + "': journal " + file() + " does not hold it");
        }
        writer.withdraw(Withdrawal.of(judgment, when));
        judgments.remove(i);
    }

    @Override
    public synchronized List<Judgment> judgments() {
        return List.copyOf(judgments);
    }

    /** Releases the file. */
    @Override
    public void close() throws IOException {
        writer.close();
    }
}
