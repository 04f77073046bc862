package org.hillmix.ui.internal.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.results.ResultsAnalysis;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.jobs.EclipseProgressMonitor;
import org.hillmix.ui.project.ProjectService;

import jakarta.inject.Inject;

/**
 * What the result views share: their input (the current project's journals, followed through the
 * {@link ProjectService}, or a journals folder opened by hand), the analysis run as a cancellable
 * job ({@link ResultsAnalysis}), and a header line saying what is shown. Subclasses render the
 * analysis.
 */
public abstract class ResultsView {

    /** Job family of the analyses, for tests to join. */
    public static final Object FAMILY = ResultsView.class;

    protected final ProjectService projects;
    protected Composite root;
    private Label header;
    private ResultsInput input;
    private ResultsAnalysis analysis;

    protected ResultsView(ProjectService projects) {
        this.projects = projects;
    }

    /** Creates the root with the header row; returns the root for the view's own controls. */
    protected Composite createHeader(Composite parent, String headerId) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header = new Label(bar, SWT.NONE);
        header.setData(WidgetIds.KEY, headerId);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button open = new Button(bar, SWT.PUSH);
        open.setText(Messages.Results_openJournals);
        open.addListener(SWT.Selection, e -> chooseFolder());
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(Messages.Results_refresh);
        refresh.addListener(SWT.Selection, e -> {
            if (input != null) {
                setInput(input);
            }
        });
        header.setText(Messages.Results_noInput);
        return root;
    }

    /** Starts from the current project, if any. */
    protected void followProject() {
        projects.current().ifPresent(this::showProject);
    }

    /** Follows the project service: a newly opened or changed project is analysed. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void projectChanged(@UIEventTopic(ProjectService.TOPIC_CHANGED) OpenProject project) {
        if (root != null && !root.isDisposed() && project != null) {
            showProject(project);
        }
    }

    private void showProject(OpenProject p) {
        projectShown(p);
        try {
            setInput(new ResultsInput(p.descriptor().classes(), ResultsInput.journalsIn(p.journals()),
                    p.descriptor().scheme(),
                    p.descriptor().name()));
        } catch (IOException | RuntimeException e) {
            header.setText(NLS.bind(Messages.Results_failed, e.getMessage()));
        }
    }

    private void chooseFolder() {
        DirectoryDialog d = new DirectoryDialog(root.getShell());
        d.setMessage(Messages.Results_chooseJournals);
        String folder = d.open();
        if (folder == null) {
            return;
        }
        projectShown(null);
        try {
            ClassSet classes = input == null ? ClassSet.CIFAR10 : input.classes();
            setInput(new ResultsInput(classes, ResultsInput.journalsIn(Path.of(folder)),
                    SoftLabelScheme.CIFAR10S_PUBLISHED, folder));
        } catch (IOException e) {
            header.setText(NLS.bind(Messages.Results_failed, e.getMessage()));
        }
    }

    /** Analyses {@code newInput} in a job and renders the result when it is done. */
    public void setInput(ResultsInput newInput) {
        input = newInput;
        header.setText(NLS.bind(Messages.Results_analysing, newInput.title()));
        Job job = new Job(NLS.bind(Messages.Results_jobName, newInput.title())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    EclipseProgressMonitor pm = new EclipseProgressMonitor(monitor);
                    List<Judgment> judgments = new ArrayList<>(JudgmentJsonl.merge(newInput.journals(),
                            JournalReadMode.LENIENT, pm).judgments());
                    ResultsAnalysis result = ResultsAnalysis.of(judgments, newInput.classes(), newInput.scheme(),
                            org.hillmix.ui.preferences.PreferenceConstants.exclusionPolicy(), pm);
                    root.getDisplay().asyncExec(() -> show(newInput, result));
                    return Status.OK_STATUS;
                } catch (OperationCancelledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    root.getDisplay().asyncExec(() -> {
                        if (!header.isDisposed()) {
                            header.setText(NLS.bind(Messages.Results_failed, e.getMessage()));
                        }
                    });
                    return Status.OK_STATUS; // shown in the view; no error dialog on top
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    private void show(ResultsInput shown, ResultsAnalysis result) {
        if (root.isDisposed() || shown != input) {
            return; // a newer input replaced this one
        }
        analysis = result;
        header.setText(NLS.bind(Messages.Results_header, new Object[] {shown.title(), shown.journals().size(),
                result.judgments(), result.unusable()}));
        render(result);
        root.layout(true, true);
    }

    /** The analysis on screen, or {@code null}. */
    public ResultsAnalysis analysis() {
        return analysis;
    }

    /** Shows {@code result}. */
    protected abstract void render(ResultsAnalysis result);

    /** Called before the analysis of {@code project} ({@code null}: a journals folder opened by hand). */
    protected void projectShown(OpenProject project) {
        // views that need more of the project than its journals override this
    }
}
