package org.hillmix.rcp.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.hillmix.rcp.HillmixWorkbenchIds;

/**
 * Opens the workbench on the Annotation perspective, saves and restores the window layout between runs, and
 * runs the smoke test once the window is up when one was asked for.
 */
public final class HillmixWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupOptions options;
    private volatile boolean smokeTestPassed;

    /**
     * @param options the startup options (smoke test or interactive)
     */
    public HillmixWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // The smoke test must see the perspective as laid out by this build, not a layout saved by a user.
        configurer.setSaveAndRestore(options.smokeReport().isEmpty());
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HillmixWorkbenchIds.PERSPECTIVE_ANNOTATION;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HillmixWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        options.smokeReport().ifPresent(report -> new SmokeTest(getWorkbenchConfigurer().getWorkbench(), report,
                options.smokeScreenshot(), passed -> smokeTestPassed = passed).scheduleAfterStartup());
    }

    /**
     * @return whether the smoke test ran and passed (false when none ran)
     */
    public boolean smokeTestPassed() {
        return smokeTestPassed;
    }
}
