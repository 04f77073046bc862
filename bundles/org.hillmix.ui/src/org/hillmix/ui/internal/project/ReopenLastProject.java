package org.hillmix.ui.internal.project;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.project.ProjectService;
import org.hillmix.ui.services.Services;

/**
 * At start ({@code org.eclipse.ui.startup}): opens the project of the last run again and says so in the status
 * area, and registers the {@link ExitGuard} that warns before exiting during a session.
 */
public final class ReopenLastProject implements IStartup {

    @Override
    public void earlyStartup() {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().addWorkbenchListener(new ExitGuard());
        }
        ProjectService projects = Services.projects();
        if (projects.current().isEmpty()) {
            projects.reopenLast()
                    .ifPresent(p -> projects.announce(ProjectNotices.summary(Messages.Project_reopened, p)));
        }
    }
}
