package org.hillmix.ui.internal.session;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.ui.session.AnnotationSession;
import org.hillmix.ui.session.AnnotationSessionListener;
import org.hillmix.ui.session.AnnotationSessionService;
import org.hillmix.ui.session.AnnotationTask;
import org.hillmix.ui.session.JudgmentJournal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The workbench's {@link AnnotationSessionService}: holds the current session and announces
 * changes through the Event Admin (asynchronously, so listeners never run inside a recording).
 */
@Component(service = AnnotationSessionService.class)
public final class DefaultAnnotationSessionService implements AnnotationSessionService {

    private final EventAdmin eventAdmin;
    private final AnnotationSessionListener advanced = new AnnotationSessionListener() {
        @Override
        public void judgmentRecorded(AnnotationSession session, Judgment recorded) {
            post(TOPIC_ADVANCED, session);
        }

        @Override
        public void judgmentWithdrawn(AnnotationSession session, Judgment withdrawn) {
            post(TOPIC_WITHDRAWN, session);
        }

        @Override
        public void pauseChanged(AnnotationSession session, boolean paused) {
            post(TOPIC_PAUSE, session);
        }
    };
    private AnnotationSession current; // guarded by this

    /** Created by SCR once an Event Admin is available. */
    @Activate
    public DefaultAnnotationSessionService(@Reference(name = "eventAdmin") EventAdmin eventAdmin) {
        this.eventAdmin = Objects.requireNonNull(eventAdmin, "eventAdmin");
    }

    @Override
    public AnnotationSession start(AnnotationTask task, JudgmentJournal journal) {
        AnnotationSession session = new AnnotationSession(task, journal);
        session.addListener(advanced);
        AnnotationSession previous;
        synchronized (this) {
            previous = current;
            current = session;
        }
        closed(previous);
        post(TOPIC_STARTED, session);
        return session;
    }

    @Override
    public synchronized Optional<AnnotationSession> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public void close() {
        AnnotationSession previous;
        synchronized (this) {
            previous = current;
            current = null;
        }
        closed(previous);
    }

    /** Closes the current session when the component goes away (bundle stopped, Event Admin gone). */
    @Deactivate
    void deactivate() {
        close();
    }

    private void closed(AnnotationSession session) {
        if (session != null) {
            session.removeListener(advanced);
            post(TOPIC_CLOSED, session);
        }
    }

    private void post(String topic, AnnotationSession session) {
        eventAdmin.postEvent(new Event(topic, Map.of(IEventBroker.DATA, session)));
    }
}
