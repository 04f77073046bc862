package org.hillmix.ui.internal.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationSessionListener;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.JsonlJudgmentJournal;
import org.hillmix.core.session.JudgmentJournal;
import org.hillmix.core.session.SessionClock;
import org.hillmix.ui.session.AnnotationSessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The workbench's {@link AnnotationSessionService}: holds the current session and its journal,
 * closes both together, and announces changes through the Event Admin (asynchronously, so
 * listeners never run inside a recording). The clock is injected by SCR: an optional, greedy
 * reference to a {@link SessionClock} service, the system clocks when none is registered.
 */
@Component(service = AnnotationSessionService.class)
public final class DefaultAnnotationSessionService implements AnnotationSessionService {

    private static final SessionClock SYSTEM = SessionClock.system();

    private final EventAdmin eventAdmin;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionClock injectedClock;
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
    public SessionClock clock() {
        SessionClock c = injectedClock;
        return c == null ? SYSTEM : c;
    }

    @Override
    public AnnotationSession start(AnnotationTask task, JudgmentJournal journal) {
        AnnotationSession session = new AnnotationSession(task, journal, clock());
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
    public AnnotationSession start(AnnotationTask task, Path journalFile) throws IOException {
        // The running session's journal may hold the lock on this very file: release it first.
        close();
        Path folder = journalFile.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        return start(task, JsonlJudgmentJournal.open(journalFile));
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
        if (session == null) {
            return;
        }
        session.removeListener(advanced);
        try {
            session.journal().close();
        } catch (IOException e) {
            // Every judgment was forced to disk when it was recorded; only releasing the file failed.
            ILog.of(getClass()).error("could not close the journal of task '" + session.task().name() + "'", e);
        }
        post(TOPIC_CLOSED, session);
    }

    private void post(String topic, AnnotationSession session) {
        eventAdmin.postEvent(new Event(topic, Map.of(IEventBroker.DATA, session)));
    }
}
