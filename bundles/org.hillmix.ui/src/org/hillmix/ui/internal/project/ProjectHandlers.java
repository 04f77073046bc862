package org.hillmix.ui.internal.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hillmix.core.project.Batch;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.BatchProgress;
import org.hillmix.core.session.SessionTasks;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.CategoricalSoftLabelView;
import org.hillmix.ui.internal.views.ConstructMidpointView;
import org.hillmix.ui.internal.views.FreeDistributionView;
import org.hillmix.ui.internal.views.MixingFactorView;
import org.hillmix.ui.internal.views.SelectShuffledView;
import org.hillmix.ui.services.Services;

/** The handlers of the HILLmix menu's project commands (plugin.xml). */
public final class ProjectHandlers {

    /** The elicitation view of each protocol. */
    public static final Map<Protocol, String> VIEW_OF = Map.of(
            Protocol.CATEGORICAL, CategoricalSoftLabelView.ID,
            Protocol.MIXING_FACTOR, MixingFactorView.ID,
            Protocol.CONSTRUCT_MIDPOINT, ConstructMidpointView.ID,
            Protocol.SELECT_SHUFFLED, SelectShuffledView.ID,
            Protocol.FREE_DISTRIBUTION, FreeDistributionView.ID);

    /**
     * The Annotation perspective of the standalone workbench (bundle {@code org.hillmix.rcp}, which this bundle
     * does not need: in an IDE without it sessions open in the active perspective).
     */
    public static final String ANNOTATION_PERSPECTIVE = "org.hillmix.rcp.perspective.annotation";

    private ProjectHandlers() {
    }

    /** The current project, or a message saying to open one first. */
    static Optional<OpenProject> requireProject(Shell shell) {
        Optional<OpenProject> p = Services.projects().current();
        if (p.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Project_noneTitle, Messages.Project_none);
        }
        return p;
    }

    static void openWizard(Shell shell, Wizard wizard) {
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.open();
    }

    /** HILLmix > Open Project... (also File > Open Project...): choose a project folder. */
    public static final class Open extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            DirectoryDialog d = new DirectoryDialog(shell);
            d.setMessage(Messages.Project_openMessage);
            d.setFilterPath(Fields.initialFolder("", Services.projects()).toString());
            String folder = d.open();
            if (folder != null) {
                open(shell, Path.of(folder));
            }
            return null;
        }
    }

    /** Opens the project in {@code folder} and says what it holds, or why it cannot be opened. */
    static void open(Shell shell, Path folder) {
        try {
            OpenProject p = Services.projects().open(folder);
            Services.projects().announce(ProjectNotices.summary(Messages.Project_opened, p));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Project_openFailed, e.getMessage());
        }
    }

    /** HILLmix > Generate Mixup Stimuli... */
    public static final class Generate extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            requireProject(shell).ifPresent(p -> openWizard(shell, new GenerateStimuliWizard(p)));
            return null;
        }
    }

    /** HILLmix > Plan Batches... */
    public static final class Plan extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            requireProject(shell).ifPresent(p -> openWizard(shell, new PlanBatchesWizard(p)));
            return null;
        }
    }

    /** HILLmix > Start Annotation Session...: choose a batch; its session starts and its view opens. */
    public static final class Start extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            Optional<OpenProject> project = requireProject(shell);
            if (project.isEmpty()) {
                return null;
            }
            if (project.get().descriptor().batches().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Start_title, Messages.Start_noBatches);
                return null;
            }
            ElementListSelectionDialog d = batchDialog(shell, project.get());
            if (d.open() == org.eclipse.jface.window.Window.OK && d.getFirstResult() instanceof Batch b) {
                try {
                    start(project.get(), b);
                } catch (IOException | RuntimeException e) {
                    MessageDialog.openError(shell, Messages.Start_failed, e.getMessage());
                }
            }
            return null;
        }
    }

    /**
     * The batch picker: each batch with its annotator, protocol and progress ("b-1 — ann1, categorical, 11/22
     * answered"), read from the journals.
     */
    public static ElementListSelectionDialog batchDialog(Shell shell, OpenProject project) {
        BatchProgress progress;
        try {
            progress = BatchProgress.of(project);
        } catch (IOException e) {
            // the picker still works; the session itself will report an unreadable journal
            progress = new BatchProgress(Map.of());
        }
        BatchProgress answered = progress;
        ElementListSelectionDialog d = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return batchLabel((Batch) element, answered);
            }
        });
        d.setTitle(Messages.Start_title);
        d.setMessage(Messages.Start_message);
        d.setElements(project.descriptor().batches().toArray());
        return d;
    }

    /** The picker's line for {@code batch}. */
    public static String batchLabel(Batch batch, BatchProgress progress) {
        return NLS.bind(Messages.Start_batchLabel, new Object[] {batch.id(), batch.annotator(), batch.protocol().id(),
                progress.answered(batch.id()), batch.items().size()});
    }

    /**
     * Starts the session of {@code batch} on the session service with the annotator's journal in the
     * project (the service closes a running session and its journal first), then opens the view of
     * the batch's protocol.
     */
    public static AnnotationSession start(OpenProject project, Batch batch) throws IOException {
        AnnotationTask task = SessionTasks.build(project, batch);
        AnnotationSession session = Services.sessions().start(task, project.journal(batch.annotator()));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        showAnnotationPerspective(page);
        try {
            page.showView(VIEW_OF.get(batch.protocol()));
        } catch (PartInitException e) {
            throw new IOException(NLS.bind(Messages.Start_noView, VIEW_OF.get(batch.protocol()), e.getMessage()), e);
        }
        return session;
    }

    /**
     * Switches {@code page} to the Annotation perspective of the standalone workbench when it is installed and
     * not active: elsewhere (the Results perspective) the view would be squeezed among other views.
     */
    static void showAnnotationPerspective(IWorkbenchPage page) {
        IPerspectiveDescriptor annotation = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(ANNOTATION_PERSPECTIVE);
        if (annotation != null && (page.getPerspective() == null
                || !ANNOTATION_PERSPECTIVE.equals(page.getPerspective().getId()))) {
            page.setPerspective(annotation);
        }
    }
}
