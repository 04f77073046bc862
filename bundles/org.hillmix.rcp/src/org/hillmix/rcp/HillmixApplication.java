package org.hillmix.rcp;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.hillmix.rcp.internal.HillmixWorkbenchAdvisor;
import org.hillmix.rcp.internal.StartupOptions;

/**
 * Entry point of the standalone workbench ({@code -application org.hillmix.rcp.application}, started by the
 * product {@code org.hillmix.rcp.product}). Runs the workbench until its last window closes.
 *
 * <p>Application arguments: {@code --smoke-test <report file>} (or system property {@code hillmix.smokeTest})
 * opens the window, writes a report of the active perspective and the registered HILLmix views, closes the
 * workbench and exits with 0 when the check passed, 1 otherwise; {@code --smoke-screenshot <png>} (or
 * {@code hillmix.smokeScreenshot}) also saves a picture of the window. Used by the product build's smoke test.
 */
public final class HillmixApplication implements IApplication {

    /** Exit code of a failed smoke test. */
    public static final Integer EXIT_SMOKE_FAILED = Integer.valueOf(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        StartupOptions options = StartupOptions.parse(args, System::getProperty);
        Display display = PlatformUI.createDisplay();
        try {
            HillmixWorkbenchAdvisor advisor = new HillmixWorkbenchAdvisor(options);
            int code = PlatformUI.createAndRunWorkbench(display, advisor);
            if (options.smokeReport().isPresent() && !advisor.smokeTestPassed()) {
                return EXIT_SMOKE_FAILED;
            }
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
