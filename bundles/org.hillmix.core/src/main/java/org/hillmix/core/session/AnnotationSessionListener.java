package org.hillmix.core.session;

import org.hillmix.core.protocol.Judgment;

/** Told after an {@link AnnotationSession} recorded a judgment and moved on. */
@FunctionalInterface
public interface AnnotationSessionListener {

    /**
     * Called on the thread that recorded the judgment, after it was stored.
     *
     * @param session the session, already positioned on the next item (or finished)
     * @param recorded the judgment just stored
     */
    void judgmentRecorded(AnnotationSession session, Judgment recorded);

    /**
     * Called after {@link AnnotationSession#undo()} withdrew a judgment.
     *
     * @param session the session, positioned on the withdrawn judgment's item again
     * @param withdrawn the judgment taken back
     */
    default void judgmentWithdrawn(AnnotationSession session, Judgment withdrawn) {
        // most listeners only care about recorded judgments
    }

    /** Called after the session was paused ({@code paused}) or resumed. */
    default void pauseChanged(AnnotationSession session, boolean paused) {
        // most listeners only care about recorded judgments
    }
}
