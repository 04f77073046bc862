package org.hillmix.ui.session;

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
}
