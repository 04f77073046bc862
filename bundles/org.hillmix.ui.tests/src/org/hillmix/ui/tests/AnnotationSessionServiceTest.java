package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.InMemoryJudgmentJournal;
import org.hillmix.core.session.JsonlJudgmentJournal;
import org.hillmix.core.session.ManualClock;
import org.hillmix.core.session.SessionClock;
import org.hillmix.ui.session.AnnotationSessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** The session service as the running workbench provides it: a DS component activated by Felix SCR. */
class AnnotationSessionServiceTest {

    private static final String COMPONENT = "org.hillmix.ui.internal.session.DefaultAnnotationSessionService";

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final UiTestSupport ui = new UiTestSupport(Display.getCurrent());
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private ServiceRegistration<EventHandler> handler;
    private AnnotationSessionService service;

    @BeforeEach
    void setUp() throws InterruptedException {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, AnnotationSessionService.TOPIC_ALL);
        handler = context.registerService(EventHandler.class, e -> {
            Object data = e.getProperty(IEventBroker.DATA);
            String task = data instanceof AnnotationSession s ? s.task().name() : String.valueOf(data);
            events.add(e.getTopic().substring(AnnotationSessionService.TOPIC_BASE.length()) + ":" + task);
        }, props);
        service = UiTestSupport.sessionService();
        ui.processEvents();
        events.clear();
    }

    @AfterEach
    void tearDown() {
        service.close();
        handler.unregister();
    }

    @Test
    void serviceIsTheScrManagedComponent() {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        assertNotNull(ref, "no Declarative Services runtime (Felix SCR) in the workbench");
        ServiceComponentRuntime scr = context.getService(ref);
        try {
            Bundle ui = FrameworkUtil.getBundle(AnnotationSessionService.class);
            assertEquals("org.apache.felix.scr", ref.getBundle().getSymbolicName());
            ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(ui, COMPONENT);
            assertNotNull(description, "component " + COMPONENT + " not declared by " + ui.getSymbolicName());
            assertEquals(List.of(AnnotationSessionService.class.getName()), List.of(description.serviceInterfaces));
            java.util.Map<String, String> references = new java.util.TreeMap<>();
            for (var r : description.references) {
                references.put(r.interfaceName, r.cardinality + " " + r.policy + " " + r.policyOption);
            }
            // DS 1.5 runtimes add the implicit satisfying-condition reference to every component.
            references.remove("org.osgi.service.condition.Condition");
            assertEquals(java.util.Map.of("org.osgi.service.event.EventAdmin", "1..1 static reluctant",
                    SessionClock.class.getName(), "0..1 dynamic greedy"), references);
            List<Integer> states = new ArrayList<>();
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(description)) {
                states.add(c.state);
            }
            assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), states);
        } finally {
            context.ungetService(ref);
        }
    }

    @Test
    void announcesStartAdvanceAndCloseThroughEventAdmin() throws Exception {
        AnnotationTask first = AnnotationTask.cifar10Categorical("first", "ann",
                List.of(AnnotationItem.of("a", Path.of("a.png")), AnnotationItem.of("b", Path.of("b.png"))));
        AnnotationTask second = AnnotationTask.cifar10Categorical("second", "ann",
                List.of(AnnotationItem.of("c", Path.of("c.png"))));
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();

        AnnotationSession s1 = service.start(first, journal);
        assertSame(s1, service.current().orElseThrow());
        s1.markShown();
        s1.record(CategoricalAnswer.top1(2, 90, List.of()));
        AnnotationSession s2 = service.start(second, journal); // replaces the first
        assertSame(s2, service.current().orElseThrow());
        service.close();
        assertTrue(service.current().isEmpty());

        List<String> expected = List.of("started:first", "advanced:first", "closed:first", "started:second",
                "closed:second");
        ui.waitUntil(() -> events.size() >= expected.size(), () -> "events so far: " + events);
        assertEquals(expected, List.copyOf(events));
        assertEquals(1, journal.judgments().size());
    }

    @Test
    void ownsTheJournalItOpensAndReleasesItWhenTheSessionCloses(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("journals").resolve("ann.jsonl");
        AnnotationTask task = AnnotationTask.cifar10Categorical("owned", "ann",
                List.of(AnnotationItem.of("a", Path.of("a.png")), AnnotationItem.of("b", Path.of("b.png"))));
        AnnotationSession first = service.start(task, file);
        first.markShown();
        first.record(CategoricalAnswer.top1(2, 90, List.of()));
        // The same file again: the service closes the running session's journal before opening it.
        AnnotationSession second = service.start(task, file);
        assertEquals(1, second.answeredBefore(), "resumed from the file the first session wrote");
        IOException locked = assertThrows(IOException.class, () -> JsonlJudgmentJournal.open(file));
        assertTrue(locked.getMessage().contains("open in another writer"), locked.getMessage());
        service.close();
        JsonlJudgmentJournal.open(file).close(); // released: no lock left behind
        IOException closed = assertThrows(IOException.class,
                () -> second.journal().append(first.journal().judgments().get(0)));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void startsSessionsOnTheInjectedClock() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"), 0);
        ServiceRegistration<SessionClock> registration = UiTestSupport.injectClock(service, clock);
        try {
            AnnotationSession s = service.start(AnnotationTask.cifar10Categorical("clocked", "ann",
                    List.of(AnnotationItem.of("a", Path.of("a.png")))), new InMemoryJudgmentJournal());
            assertSame(clock, s.clock());
            s.markShown();
            clock.advance(Duration.ofMillis(1234));
            Judgment j = s.record(CategoricalAnswer.top1(2, 90, List.of()));
            assertEquals(1234, j.reactionTimeMs());
            assertEquals(Instant.parse("2026-03-01T10:00:01.234Z"), j.answeredAt());
        } finally {
            registration.unregister();
        }
        assertNotSame(clock, service.clock(), "unregistered: back to the system clocks");
    }
}
