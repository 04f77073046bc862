package org.hillmix.core.session;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.hillmix.core.protocol.Judgment;

/**
 * Append-only store of the judgments a session records. A session appends each judgment once,
 * in answer order, and never rewrites one.
 *
 * <p>{@link JsonlJudgmentJournal} stores them in the core's JSON Lines journal file;
 * {@link InMemoryJudgmentJournal} serves tests and previews. Whoever owns a journal closes it
 * (the workbench's session service closes the journal of a session when the session closes), which
 * releases its file; nothing can be stored after that.
 */
public interface JudgmentJournal extends Closeable {

    /**
     * Appends {@code judgment}; when this returns normally the judgment is stored.
     *
     * @throws IOException when the judgment could not be stored (the session then does not advance)
     */
    void append(Judgment judgment) throws IOException;

    /**
     * Withdraws {@code judgment}, an earlier judgment of this journal (undo). The journal stays
     * append-only: a withdrawal record is appended, and {@link #judgments()} no longer lists the
     * judgment.
     *
     * @throws IOException when the withdrawal could not be stored (the judgment then stands)
     * @throws IllegalArgumentException when the journal does not hold {@code judgment}
     */
    void withdraw(Judgment judgment, Instant when) throws IOException;

    /** The judgments stored so far and not withdrawn, in append order (a snapshot). */
    List<Judgment> judgments();

    /** Releases what the journal holds (a file and its lock); journals in memory hold nothing. */
    @Override
    default void close() throws IOException {
        // nothing to release
    }
}
