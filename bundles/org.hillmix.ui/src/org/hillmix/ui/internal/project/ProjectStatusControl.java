package org.hillmix.ui.internal.project;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.hillmix.core.project.OpenProject;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.ProjectService;
import org.osgi.service.event.EventHandler;
import org.hillmix.ui.services.Services;

/**
 * The status area of the workbench window (trim {@code org.eclipse.ui.trim.status}): names the current project
 * and says what the last step produced ("HILLmix project: Pilot — Planned 18 batches for 2 annotators ..."); the
 * tooltip gives the project folder. Follows {@link ProjectService#TOPIC_CHANGED} and
 * {@link ProjectService#TOPIC_NOTICE}.
 */
public final class ProjectStatusControl extends WorkbenchWindowControlContribution {

    /** Wide enough for a project name and a short notice; longer texts end in an ellipsis (all in the tooltip). */
    private static final int WIDTH = 560;

    private CLabel label;
    private IEventBroker broker;
    // one handler per topic: the broker keeps one registration per handler object
    private final EventHandler onChange = e -> refresh();
    private final EventHandler onNotice = e -> refresh();

    @Override
    protected Control createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        layout.marginWidth = 2;
        c.setLayout(layout);
        label = new CLabel(c, SWT.NONE);
        label.setData(WidgetIds.KEY, WidgetIds.PROJECT_STATUS);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, true);
        data.widthHint = WIDTH;
        label.setLayoutData(data);
        broker = getWorkbenchWindow() == null ? null : getWorkbenchWindow().getService(IEventBroker.class);
        if (broker != null) {
            broker.subscribe(ProjectService.TOPIC_CHANGED, onChange);
            broker.subscribe(ProjectService.TOPIC_NOTICE, onNotice);
        }
        label.addDisposeListener(e -> {
            if (broker != null) {
                broker.unsubscribe(onChange);
                broker.unsubscribe(onNotice);
            }
        });
        refresh();
        return c;
    }

    @Override
    protected int computeWidth(Control control) {
        return control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        ProjectService projects = Services.projects();
        String text = text(projects);
        label.setText(text);
        label.setToolTipText(projects.current().map(p -> NLS.bind(Messages.Status_tooltip, p.folder()) + "\n" + text)
                .orElse(text));
    }

    /** The text the status area shows for the state of {@code projects}. */
    static String text(ProjectService projects) {
        if (projects.current().isEmpty()) {
            return Messages.Status_none;
        }
        OpenProject p = projects.current().get();
        return projects.lastNotice().map(n -> NLS.bind(Messages.Status_projectNotice, p.descriptor().name(), n))
                .orElseGet(() -> NLS.bind(Messages.Status_project, p.descriptor().name()));
    }
}
