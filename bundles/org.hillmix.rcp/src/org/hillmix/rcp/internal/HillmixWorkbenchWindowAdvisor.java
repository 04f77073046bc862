package org.hillmix.rcp.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.hillmix.rcp.internal.l10n.Messages;

/** Titles (with the current project) and sizes the workbench window; no cool bar, a status line for view messages and progress. */
final class HillmixWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final Point INITIAL_SIZE = new Point(1280, 900);

    HillmixWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new HillmixActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(INITIAL_SIZE);
        configurer.setTitle(Messages.Window_title);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        IEventBroker broker = configurer.getWindow().getService(IEventBroker.class);
        if (broker != null) {
            // the project is (re)opened after the window is up (org.hillmix.ui's startup), so no event is missed
            broker.subscribe(ProjectTitle.TOPIC_CHANGED, new ProjectTitle(Messages.Window_title, configurer::setTitle));
        }
    }
}
