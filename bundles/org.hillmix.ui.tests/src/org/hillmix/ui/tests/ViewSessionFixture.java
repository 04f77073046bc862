package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.ui.session.AnnotationSessionService;

/**
 * The workbench set-up every view test needs: the session service, the active page and its shell
 * sized for screenshots, one view shown maximised, a session with a JSONL journal, and generated
 * stimuli. {@link #close()} ends the session (the service closes its journal) and hides the view.
 */
final class ViewSessionFixture implements AutoCloseable {

    final Display display;
    final UiTestSupport ui;
    final AnnotationSessionService service;
    final IWorkbenchPage page;
    final Shell shell;
    private final List<String> viewIds = new ArrayList<>();
    /** The perspective at the start: starting a session may switch to the Annotation perspective. */
    private final org.eclipse.ui.IPerspectiveDescriptor perspective;
    /** The perspectives open at the start; others a test opened are closed again, with their views. */
    private final List<org.eclipse.ui.IPerspectiveDescriptor> openPerspectives;

    ViewSessionFixture() throws InterruptedException {
        display = Display.getCurrent();
        assertNotNull(display, "tests must run in the UI thread (tycho-surefire useUIThread=true)");
        ui = new UiTestSupport(display);
        service = UiTestSupport.sessionService();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        shell = window.getShell();
        perspective = page.getPerspective();
        openPerspectives = List.of(page.getOpenPerspectives());
        shell.setBounds(0, 0, 1100, 820);
        shell.forceActive();
        ui.processEvents();
    }

    /** Shows view {@code id} maximised and active. */
    IViewPart showView(String id) throws PartInitException {
        IViewPart view = page.showView(id);
        viewIds.add(id);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        page.activate(view);
        shell.forceActive();
        ui.processEvents();
        return view;
    }

    /** Starts {@code task} on the service with a journal at {@code file} (the service owns the journal). */
    AnnotationSession start(AnnotationTask task, Path file) throws IOException {
        AnnotationSession session = service.start(task, file);
        ui.processEvents();
        return session;
    }

    /** The control with widget id {@code id} in the workbench window. */
    <T extends Control> T widget(String id) {
        return UiTestSupport.find(shell, id);
    }

    /** The judgments in journal file {@code file}, read strictly by the core reader. */
    static List<Judgment> read(Path file) throws IOException {
        return JudgmentJsonl.read(file, JournalReadMode.STRICT, ProgressMonitor.NULL).judgments();
    }

    /** Saves a screenshot of the window as {@code name} under the screenshots folder. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("hillmix.screenshots", "target/screenshots"));
        ui.screenshot(shell, dir.resolve(name));
    }

    @Override
    public void close() throws IOException {
        service.close(); // closes the journal too
        for (String id : viewIds) {
            IViewPart view = page.findView(id);
            if (view != null) {
                page.hideView(view);
            }
        }
        if (perspective != null && page.getPerspective() != perspective) {
            page.setPerspective(perspective);
        }
        // views of a perspective left open would keep listening to the services in later tests
        for (org.eclipse.ui.IPerspectiveDescriptor p : page.getOpenPerspectives()) {
            if (!openPerspectives.contains(p)) {
                page.closePerspective(p, false, false);
            }
        }
        ui.processEvents();
    }

    /**
     * {@code count} single-image items of {@code size}x{@code size} pixels, each a different pattern,
     * with class attributes cat/dog.
     */
    static List<AnnotationItem> images(Path dir, int count, int size) throws IOException {
        List<AnnotationItem> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Path file = dir.resolve("image-" + k + ".png");
            writePattern(file, size, k * 37);
            items.add(new AnnotationItem("item-" + k, file, Map.of("class1", "cat", "class2", "dog")));
        }
        return items;
    }

    /**
     * {@code count} midpoint-series items; the first has 512x512 frames, the others 32x32. Frame i of
     * every series is drawn with grey base level {@code 20 i}, so frames differ visibly.
     */
    static List<AnnotationItem> series(Path dir, int count) throws IOException {
        List<AnnotationItem> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String pair = "Cat_" + k + "_Dog_" + (100 + k);
            Path folder = Files.createDirectories(dir.resolve(pair));
            List<Path> frames = new ArrayList<>();
            for (int i = 0; i <= MidpointSeries.STEPS; i++) {
                Path f = folder.resolve(pair + "_" + MidpointSeries.lambda(i) + ".png");
                writePattern(f, k == 0 ? 512 : 32, 20 * i);
                frames.add(f);
            }
            items.add(AnnotationItem.series(pair, frames, Map.of("class1", "cat", "class2", "dog")));
        }
        return items;
    }

    private static void writePattern(Path file, int size, int base) {
        ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int g = (base + ((x ^ y) & 15)) & 0xFF;
                data.setPixel(x, y, (g << 16) | (g << 8) | g);
            }
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }
}
