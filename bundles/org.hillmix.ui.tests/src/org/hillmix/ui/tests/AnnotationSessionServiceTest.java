package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.ui.session.AnnotationItem;
import org.hillmix.ui.session.AnnotationSession;
import org.hillmix.ui.session.AnnotationSessionService;
import org.hillmix.ui.session.AnnotationTask;
import org.hillmix.ui.session.InMemoryJudgmentJournal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
            assertEquals("org.osgi.service.event.EventAdmin", description.references[0].interfaceName);
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
}
