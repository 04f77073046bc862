package org.hillmix.core.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.mixup.StimulusGenerator;
import org.hillmix.core.mixup.StimulusName;
import org.hillmix.core.progress.ProgressMonitor;

/** Generates a stimulus set into a project and records it in the descriptor. */
public final class ProjectStimuli {

    private ProjectStimuli() {
    }

    /**
     * Mixes {@code pairs} image pairs of the project's data set into {@code stimuli/<name>} and
     * writes the descriptor with the new set. For the {@code series} layout the lambdas are the
     * eleven midpoint steps ({@link MidpointSeries}) whatever {@code lambdas} says.
     *
     * <p>The descriptor is written only after every image and the manifest are on disk, so a
     * cancelled or failed run leaves the project as it was (the generator removes its partial files).
     *
     * @return the project with the set
     * @throws IOException when the data set cannot be read or the folder cannot be written
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} cancels
     */
    public static HillmixProject generate(Path projectFolder, HillmixProject project, String name, boolean series,
            int pairs, LambdaSampler lambdas, long seed, boolean overwrite, ProgressMonitor monitor)
            throws IOException {
        if (project.dataset() == null) {
            throw new IllegalArgumentException("project '" + project.name() + "' has no data set to mix images from;"
                    + " set one in " + HillmixProject.DESCRIPTOR);
        }
        LambdaSampler used = series ? LambdaSampler.grid(MidpointSeries.lambdas()) : lambdas;
        StimulusSet set = new StimulusSet(name, series ? "series" : "flat", pairs, describe(used), seed);
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Generating stimulus set " + name, 10);
        InMemoryImageDataset dataset = ProjectDatasets.open(projectFolder, project.dataset(), project.classes(),
                pm.split(2));
        StimulusGenerator.generate(dataset, new StimulusGenerator.Request(pairs, used, seed,
                series ? StimulusGenerator.Layout.SERIES : StimulusGenerator.Layout.FLAT, overwrite),
                HillmixProject.stimulusFolder(projectFolder, name), pm.split(8));
        HillmixProject updated = project.withStimulusSet(set);
        ProjectJson.write(projectFolder, updated);
        pm.done();
        return updated;
    }

    /** The descriptor's text for a lambda sampler: {@code grid:0.1,0.5} or {@code beta:0.4x3}. */
    public static String describe(LambdaSampler lambdas) {
        if (lambdas instanceof LambdaSampler.Grid g) {
            return "grid:" + g.lambdas().stream().map(StimulusName::formatLambda).collect(Collectors.joining(","));
        }
        LambdaSampler.Beta b = (LambdaSampler.Beta) lambdas;
        return "beta:" + b.alpha() + "x" + b.draws();
    }
}
