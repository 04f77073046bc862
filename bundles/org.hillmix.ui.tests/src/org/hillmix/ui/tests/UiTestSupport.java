package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.hillmix.core.session.SessionClock;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Drives SWT like a user does: key strokes and mouse clicks are posted with {@link
 * Display#post(Event)}, which on GTK puts native key and button events into GDK's event queue (and
 * warps the real pointer for mouse moves); the real event loop then dispatches them, so they reach
 * the widgets through the same path as a person's input.
 */
final class UiTestSupport {

    /** How long to wait for the UI to reach an expected state before failing. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * The session service from the OSGi registry (the Declarative Services component), waited for up to
     * {@link #TIMEOUT}, with any session left over by an earlier test closed.
     */
    static AnnotationSessionService sessionService() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(UiTestSupport.class).getBundleContext();
        ServiceTracker<AnnotationSessionService, AnnotationSessionService> tracker = new ServiceTracker<>(context,
                AnnotationSessionService.class, null);
        tracker.open();
        AnnotationSessionService service;
        try {
            service = tracker.waitForService(TIMEOUT.toMillis());
        } finally {
            tracker.close();
        }
        assertNotNull(service, "no AnnotationSessionService registered");
        service.close();
        // Scripted sessions go straight to the items; the gate itself has its own test.
        setShowInstructions(false);
        return service;
    }

    /**
     * Registers {@code clock} as the {@link SessionClock} service, ranked above any other, so that the
     * session service (which binds the highest-ranked clock greedily) starts sessions on it; checks
     * that the service took it. Unregister it when done.
     */
    static ServiceRegistration<SessionClock> injectClock(AnnotationSessionService service, SessionClock clock) {
        BundleContext context = FrameworkUtil.getBundle(UiTestSupport.class).getBundleContext();
        java.util.Dictionary<String, Object> props = new java.util.Hashtable<>();
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        ServiceRegistration<SessionClock> registration = context.registerService(SessionClock.class, clock, props);
        if (service.clock() != clock) {
            registration.unregister();
            fail("the session service did not bind the registered SessionClock; it uses " + service.clock());
        }
        return registration;
    }

    /** Sets preference {@link PreferenceConstants#SHOW_INSTRUCTIONS} in the instance scope. */
    static void setShowInstructions(boolean show) {
        InstanceScope.INSTANCE.getNode(PreferenceConstants.NODE).putBoolean(PreferenceConstants.SHOW_INSTRUCTIONS,
                show);
    }

    private final Display display;

    UiTestSupport(Display display) {
        this.display = display;
    }

    /** Runs the event loop until {@code condition} holds; fails with {@code what} after {@link #TIMEOUT}. */
    void waitUntil(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("UI did not reach the expected state within " + TIMEOUT.toSeconds() + " s: " + what.get());
            }
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Dispatches every pending event, then waits a moment for the window system and dispatches again. */
    void processEvents() {
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // drain
            }
            sleep(20);
        }
    }

    /** Types {@code text} key by key. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, c);
        }
    }

    /** Presses and releases one key given by SWT key code (e.g. {@link SWT#ESC}) or character. */
    void key(int keyCode, char character) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        post(up);
        processEvents();
    }

    /** Presses one key while holding Shift (Shift down, key down/up, Shift up, all posted). */
    void shiftKey(int keyCode, char character) {
        modifiedKey(SWT.SHIFT, keyCode, character);
    }

    /** Presses one key while holding Ctrl (Command on macOS: {@link SWT#MOD1}). */
    void ctrlKey(int keyCode, char character) {
        modifiedKey(SWT.MOD1, keyCode, character);
    }

    private void modifiedKey(int modifier, int keyCode, char character) {
        Event modDown = new Event();
        modDown.type = SWT.KeyDown;
        modDown.keyCode = modifier;
        post(modDown);
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        post(up);
        Event modUp = new Event();
        modUp.type = SWT.KeyUp;
        modUp.keyCode = modifier;
        post(modUp);
        processEvents();
    }

    /** Clicks the middle of {@code control} with the left mouse button. */
    void click(Control control) {
        Rectangle b = control.getBounds();
        Point p = control.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = p.x;
        move.y = p.y;
        post(move);
        waitUntil(() -> display.getCursorLocation().equals(p) && isSelfOrAncestor(control, display.getCursorControl()),
                () -> "pointer at " + display.getCursorLocation() + " over " + display.getCursorControl() + ", wanted "
                        + p + " over " + control + " (shell " + control.getShell().getBounds() + ")");
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = 1;
        post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = 1;
        post(up);
        processEvents();
    }

    private static boolean isSelfOrAncestor(Control ancestor, Control c) {
        for (Control x = c; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void post(Event e) {
        if (!display.post(e)) {
            fail("Display.post refused event type " + e.type + " (pointer at " + display.getCursorLocation() + " over "
                    + display.getCursorControl() + ", focus " + display.getFocusControl() + ")");
        }
    }

    /** The control under {@code root} whose {@link WidgetIds#KEY} is {@code id}. */
    @SuppressWarnings("unchecked")
    static <T extends Control> T find(Composite root, String id) {
        List<Control> found = new ArrayList<>();
        collect(root, id, found);
        if (found.size() != 1) {
            fail("expected exactly one control with id '" + id + "', found " + found.size());
        }
        return (T) found.get(0);
    }

    /** The first control of {@code type} under {@code root}, depth first. */
    @SuppressWarnings("unchecked")
    static <T extends Control> T first(Composite root, Class<T> type) {
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                return (T) c;
            }
            if (c instanceof Composite composite) {
                Control found = first(composite, type);
                if (found != null) {
                    return (T) found;
                }
            }
        }
        return null;
    }

    /** Whether a control with {@code id} exists under {@code root}. */
    static boolean exists(Composite root, String id) {
        List<Control> found = new ArrayList<>();
        collect(root, id, found);
        return !found.isEmpty();
    }

    private static void collect(Control c, String id, List<Control> found) {
        if (c.isDisposed()) {
            return;
        }
        if (id.equals(c.getData(WidgetIds.KEY))) {
            found.add(c);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, id, found);
            }
        }
    }

    /** Saves what the screen shows of {@code shell} as a PNG file. */
    void screenshot(Shell shell, Path file) throws IOException {
        processEvents();
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Files.createDirectories(file.toAbsolutePath().getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
