package org.hillmix.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.JudgmentJournal;
import org.hillmix.core.session.SessionClock;

/**
 * The OSGi service that owns the workbench's current annotation session and its journal. Views
 * obtain it by injection ({@code @Inject AnnotationSessionService}) and render {@link #current()}.
 *
 * <p>Lifecycle: the service closes the journal of a session when the session closes (replaced by
 * another, {@link #close()}d, or the service deactivated), so the journal's file lock is released
 * before the next session may open the same file. Sessions measure time on the service's {@link
 * SessionClock}: the system clocks, unless a {@code SessionClock} service is registered (tests
 * register one they move by hand; the service binds the one with the highest ranking).
 *
 * <p>Changes are announced through the OSGi Event Admin under {@link #TOPIC_ALL}; the event's
 * data (property {@code org.eclipse.e4.data}, the e4 {@code IEventBroker.DATA}) is the {@link
 * AnnotationSession} concerned, so e4 parts can receive it with
 * {@code @Inject @Optional void on(@UIEventTopic(AnnotationSessionService.TOPIC_ALL) AnnotationSession s)}.
 */
public interface AnnotationSessionService {

    /** Prefix of every session topic. */
    String TOPIC_BASE = "org/hillmix/ui/session/";
    /** A session was started. */
    String TOPIC_STARTED = TOPIC_BASE + "started";
    /** The current session recorded a judgment and moved on (it may now be finished). */
    String TOPIC_ADVANCED = TOPIC_BASE + "advanced";
    /** The current session withdrew its last judgment (undo) and went back to that item. */
    String TOPIC_WITHDRAWN = TOPIC_BASE + "withdrawn";
    /** The current session was paused or resumed ({@link AnnotationSession#isPaused()}). */
    String TOPIC_PAUSE = TOPIC_BASE + "pause";
    /** A session was closed (replaced by another one or ended). */
    String TOPIC_CLOSED = TOPIC_BASE + "closed";
    /** Wildcard for all session topics. */
    String TOPIC_ALL = TOPIC_BASE + "*";

    /**
     * Starts a session on {@code task} storing judgments in {@code journal}, which the service
     * owns from now on and closes with the session; a session already running is closed first.
     *
     * @return the new current session
     */
    AnnotationSession start(AnnotationTask task, JudgmentJournal journal);

    /**
     * Closes the running session (and its journal), then opens the JSON Lines journal {@code
     * journalFile} (created with its folder when missing) and starts a session on {@code task}
     * with it, as {@link #start(AnnotationTask, JudgmentJournal)}.
     *
     * @throws IOException when the journal cannot be opened (no session runs then)
     * @throws IllegalArgumentException when a line of the existing journal is not a judgment
     */
    AnnotationSession start(AnnotationTask task, Path journalFile) throws IOException;

    /** The current session, if one was started and not closed. */
    Optional<AnnotationSession> current();

    /** The clock sessions started now measure time on. */
    SessionClock clock();

    /**
     * Closes the current session, if any, and its journal. Judgments already recorded stay in the
     * journal.
     */
    void close();
}
