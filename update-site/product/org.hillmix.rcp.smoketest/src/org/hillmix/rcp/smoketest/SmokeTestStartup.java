package org.hillmix.rcp.smoketest;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the {@link SmokeTest} once the workbench is up ({@code org.eclipse.ui.startup}), when system property
 * {@value #PROPERTY_REPORT} names the report file; {@value #PROPERTY_SCREENSHOT} optionally names a PNG of the
 * window. Without the property it does nothing, so the bundle is harmless wherever it is installed; it is installed
 * nowhere but in the product build's smoke test.
 */
public final class SmokeTestStartup implements IStartup {

    /** System property naming the report file; the smoke test runs only when it is set. */
    public static final String PROPERTY_REPORT = "hillmix.smoke.report";
    /** System property naming the screenshot file (optional). */
    public static final String PROPERTY_SCREENSHOT = "hillmix.smoke.screenshot";

    @Override
    public void earlyStartup() {
        Optional<Path> report = path(PROPERTY_REPORT);
        if (report.isEmpty()) {
            return;
        }
        new SmokeTest(PlatformUI.getWorkbench(), report.get(), path(PROPERTY_SCREENSHOT)).scheduleAfterStartup();
    }

    private static Optional<Path> path(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
