package org.hillmix.ui.internal.project;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.ProjectStimuli;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.jobs.EclipseProgressMonitor;
import org.hillmix.ui.services.Services;

/**
 * Generates a stimulus set into the current project as a cancellable job; when it succeeds the
 * project service is told of the new descriptor. Cancelling leaves the project as it was.
 */
public final class GenerateStimuliJob extends Job {

    /** The job family, for {@code Job.getJobManager().join(FAMILY, ...)}. */
    public static final Object FAMILY = GenerateStimuliJob.class;

    private final OpenProject project;
    private final String name;
    private final boolean series;
    private final int pairs;
    private final LambdaSampler lambdas;
    private final long seed;

    /** A job generating {@code pairs} pairs into set {@code name} of {@code project}. */
    public GenerateStimuliJob(OpenProject project, String name, boolean series, int pairs, LambdaSampler lambdas,
            long seed) {
        super(NLS.bind(Messages.Generate_jobName, name));
        this.project = Objects.requireNonNull(project, "project");
        this.name = name;
        this.series = series;
        this.pairs = pairs;
        this.lambdas = lambdas;
        this.seed = seed;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            ProjectStimuli.generate(project.folder(), project.descriptor(), name, series, pairs, lambdas, seed, false,
                    new EclipseProgressMonitor(monitor));
            Services.projects().open(project.folder()); // the descriptor on disk now lists the set
            int stimuli = StimulusItem.read(HillmixProject.stimulusFolder(project.folder(), name), series).size();
            Services.projects().announce(NLS.bind(Messages.Generate_done, new Object[] {name, stimuli,
                    series ? Messages.Generate_layoutSeriesShort : Messages.Generate_layoutFlatShort}));
            return Status.OK_STATUS;
        } catch (OperationCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return Status.error(NLS.bind(Messages.Generate_failed, name, e.getMessage()), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
