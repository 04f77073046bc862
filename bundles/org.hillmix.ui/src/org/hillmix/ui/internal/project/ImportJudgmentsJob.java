package org.hillmix.ui.internal.project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.ProjectImport;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.jobs.EclipseProgressMonitor;
import org.hillmix.ui.services.Services;

/**
 * Imports a published judgment file into a project's journals as a cancellable job
 * ({@link ProjectImport}); afterwards the project is (re)opened so that the workbench sees the new
 * annotators.
 */
public final class ImportJudgmentsJob extends Job {

    /** The job family, for {@code Job.getJobManager().join(FAMILY, ...)}. */
    public static final Object FAMILY = ImportJudgmentsJob.class;

    private final Path projectFolder;
    private final ProjectImport.Source source;
    private final Path file;
    private volatile ProjectImport.Result result;

    /** A job importing {@code file}, read as {@code source}, into the project in {@code projectFolder}. */
    public ImportJudgmentsJob(Path projectFolder, ProjectImport.Source source, Path file) {
        super(NLS.bind(Messages.Import_jobName, file.getFileName()));
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.source = Objects.requireNonNull(source, "source");
        this.file = Objects.requireNonNull(file, "file");
        setUser(true);
    }

    /** What the import did, once it succeeded. */
    public Optional<ProjectImport.Result> result() {
        return Optional.ofNullable(result);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            result = ProjectImport.importJudgments(projectFolder, source, file, new EclipseProgressMonitor(monitor));
            Optional<OpenProject> current = Services.projects().current();
            // only the current project, or no project, is (re)opened: importing into another folder
            // must not switch the workbench away from the study in progress
            if (current.isEmpty() || current.get().folder().equals(projectFolder)) {
                Services.projects().open(projectFolder);
                Services.projects().announce(NLS.bind(Messages.Import_done, new Object[] {result.judgments(),
                        file.getFileName(), result.journalsByAnnotator().size()}));
            }
            return Status.OK_STATUS;
        } catch (OperationCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return Status.error(NLS.bind(Messages.Import_failed, file.getFileName(), e.getMessage()), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
