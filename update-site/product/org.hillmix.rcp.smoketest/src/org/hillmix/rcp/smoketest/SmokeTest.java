package org.hillmix.rcp.smoketest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.views.IViewDescriptor;
import org.hillmix.rcp.HillmixWorkbenchIds;

/**
 * The product's smoke test, run inside the started workbench: checks that the window is up with a title naming the
 * product,
 * that the Annotation perspective is active, that the HILLmix views are registered and laid out in it and
 * that the first one was created; writes one line per finding to the report, then closes the workbench.
 *
 * <p>Report lines: {@code WINDOW title=...}, {@code PERSPECTIVE active=<id>}, one
 * {@code VIEW <id> registered|missing inLayout=<bool> created=<bool>} per known or registered HILLmix view, and
 * {@code RESULT PASS} or {@code RESULT FAIL <reasons>} last.
 */
final class SmokeTest {

    /** Views that exist on every build of the product; the test fails without them. */
    static final List<String> REQUIRED_VIEWS = List.of(HillmixWorkbenchIds.VIEW_CATEGORICAL,
            HillmixWorkbenchIds.VIEW_MIXING_FACTOR);

    /** Time for the first layout and paint before looking at the window. */
    private static final int SETTLE_MS = 1500;

    private final IWorkbench workbench;
    private final Path report;
    private final Optional<Path> screenshot;

    SmokeTest(IWorkbench workbench, Path report, Optional<Path> screenshot) {
        this.workbench = workbench;
        this.report = report;
        this.screenshot = screenshot;
    }

    /** Runs the check on the UI thread once the window has settled, then closes the workbench. */
    void scheduleAfterStartup() {
        Display display = workbench.getDisplay();
        display.asyncExec(() -> display.timerExec(SETTLE_MS, () -> {
            try {
                runChecks();
            } catch (RuntimeException e) {
                writeReport(List.of("ERROR " + e, "RESULT FAIL exception"));
            } finally {
                display.asyncExec(workbench::close);
            }
        }));
    }

    private boolean runChecks() {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        if (window == null) {
            writeReport(List.of("WINDOW none", "RESULT FAIL no workbench window"));
            return false;
        }
        Shell shell = window.getShell();
        String title = shell.getText();
        lines.add("WINDOW title=" + title + " visible=" + shell.isVisible());
        IProduct product = Platform.getProduct();
        String productName = product == null ? null : product.getName();
        lines.add("PRODUCT " + (product == null ? "none" : product.getId() + " name=" + productName));
        if (product == null || !HillmixWorkbenchIds.PRODUCT.equals(product.getId())) {
            failures.add("the running product is " + (product == null ? "none" : product.getId()) + ", expected "
                    + HillmixWorkbenchIds.PRODUCT);
        } else if (title == null || !title.contains(productName)) {
            failures.add("window title is '" + title + "', expected it to name '" + productName + "'");
        }
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
        String perspectiveId = perspective == null ? "none" : perspective.getId();
        lines.add("PERSPECTIVE active=" + perspectiveId);
        if (!HillmixWorkbenchIds.PERSPECTIVE_ANNOTATION.equals(perspectiveId)) {
            failures.add("active perspective is " + perspectiveId);
        }
        List<String> registered = Arrays.stream(workbench.getViewRegistry().getViews())
                .map(IViewDescriptor::getId)
                .filter(id -> id.startsWith(HillmixWorkbenchIds.VIEW_ID_PREFIX))
                .sorted()
                .toList();
        List<String> reported = new ArrayList<>(registered);
        REQUIRED_VIEWS.stream().filter(id -> !reported.contains(id)).forEach(reported::add);
        for (String id : reported) {
            boolean isRegistered = registered.contains(id);
            boolean inLayout = isInActivePerspective(window, id);
            boolean created = page != null && page.findView(id) != null;
            lines.add("VIEW " + id + (isRegistered ? " registered" : " missing") + " inLayout=" + inLayout
                    + " created=" + created);
            if (REQUIRED_VIEWS.contains(id) && !isRegistered) {
                failures.add(id + " not registered");
            }
            if (HillmixWorkbenchIds.ANNOTATION_VIEWS.contains(id) && isRegistered && !inLayout) {
                failures.add(id + " not in the Annotation perspective");
            }
        }
        if (page == null || page.findView(HillmixWorkbenchIds.ANNOTATION_VIEWS.get(0)) == null) {
            failures.add(HillmixWorkbenchIds.ANNOTATION_VIEWS.get(0) + " was not created");
        }
        screenshot.ifPresent(png -> saveScreenshot(shell, png, lines));
        // The Results perspective must open as well, even where none of its views are installed yet.
        IPerspectiveDescriptor results = workbench.getPerspectiveRegistry()
                .findPerspectiveWithId(HillmixWorkbenchIds.PERSPECTIVE_RESULTS);
        if (results == null || page == null) {
            failures.add(HillmixWorkbenchIds.PERSPECTIVE_RESULTS + " not registered");
        } else {
            page.setPerspective(results);
            String switched = page.getPerspective() == null ? "none" : page.getPerspective().getId();
            lines.add("PERSPECTIVE switched=" + switched);
            if (!HillmixWorkbenchIds.PERSPECTIVE_RESULTS.equals(switched)) {
                failures.add("could not switch to " + HillmixWorkbenchIds.PERSPECTIVE_RESULTS);
            }
        }
        lines.add(failures.isEmpty() ? "RESULT PASS" : "RESULT FAIL " + String.join("; ", failures));
        writeReport(lines);
        lines.forEach(System.out::println);
        return failures.isEmpty();
    }

    /**
     * Whether the active perspective's model holds a place for the view: a view stacked behind another tab is
     * not created (so has no view reference) until it is first shown, but its placeholder is in the model.
     */
    private static boolean isInActivePerspective(IWorkbenchWindow window, String viewId) {
        MWindow model = window.getService(MWindow.class);
        EModelService modelService = window.getService(EModelService.class);
        if (model == null || modelService == null) {
            return false;
        }
        MPerspective perspective = modelService.getActivePerspective(model);
        return perspective != null
                && !modelService.findElements(perspective, viewId, MPlaceholder.class).isEmpty();
    }

    private static void saveScreenshot(Shell shell, Path png, List<String> lines) {
        shell.update();
        Rectangle area = shell.getBounds();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            createParent(png);
            loader.save(png.toString(), SWT.IMAGE_PNG);
            lines.add("SCREENSHOT " + png);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private void writeReport(List<String> lines) {
        try {
            createParent(report);
            Files.write(report, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the smoke-test report " + report, e);
        }
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent, e);
        }
    }
}
