package org.hillmix.ui.session;

import java.util.Optional;

/**
 * The OSGi service that owns the workbench's current annotation session. Views obtain it by
 * injection ({@code @Inject AnnotationSessionService}) and render {@link #current()}.
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
     * Starts a session on {@code task}, storing judgments in {@code journal}; a session already
     * running is closed first.
     *
     * @return the new current session
     */
    AnnotationSession start(AnnotationTask task, JudgmentJournal journal);

    /** The current session, if one was started and not closed. */
    Optional<AnnotationSession> current();

    /** Closes the current session, if any. Judgments already recorded stay in its journal. */
    void close();
}
