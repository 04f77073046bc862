package org.hillmix.core.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.LabelSpec;
import org.hillmix.core.evaluation.RegimeSpec;
import org.hillmix.core.evaluation.TrainingConfig;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectDatasets;

/**
 * Builds the {@code hillmix.job/1} configuration (docs/job-config.md) that evaluates a project's
 * labels: the project's data set, one {@code jsonl} label source per annotator journal, the chosen
 * regimes and seeds. Paths are absolute, so the server must be allowed to read the project folder
 * (the workbench's local server is started with {@code --allow-path <project>}).
 */
public final class EvaluationJobs {

    /** The regimes the workbench offers, as the server names them ({@link RegimeSpec#IDS}). */
    public static final List<String> REGIMES = List.of("hard", "human-soft", "label-smoothing", "mixup",
            "human-mixup");

    private EvaluationJobs() {
    }

    /**
     * The job of {@code project} in {@code folder} on {@code journals} with {@code regimes} (ids of
     * {@link #REGIMES}, with their default parameters), {@code epochs} per run and {@code seeds}; the other
     * settings take their defaults.
     *
     * @throws IllegalArgumentException when the project has no data set or a regime is unknown
     * @throws IOException when the label file of an IDX data set is missing
     */
    public static JobConfig forProject(Path folder, HillmixProject project, List<Path> journals, List<String> regimes,
            int epochs, List<Integer> seeds) throws IOException {
        if (project.dataset() == null) {
            throw new IllegalArgumentException("project '" + project.name() + "' has no data set to train on; set one"
                    + " in " + HillmixProject.DESCRIPTOR);
        }
        Path data = project.dataset().resolve(folder).toAbsolutePath();
        String path = data.toString();
        DatasetSpec dataset = switch (project.dataset().kind()) {
            case IMAGE_FOLDER -> new DatasetSpec.ImageFolder(path, null);
            case INDEX_CSV -> new DatasetSpec.IndexCsv(path, null);
            case CIFAR_BINARY -> new DatasetSpec.CifarBinary(path, null);
            case IDX -> new DatasetSpec.Idx(path, ProjectDatasets.idxLabels(data).toString(), null);
            default -> throw new IllegalStateException("unhandled data set kind " + project.dataset().kind());
        };
        List<LabelSpec> labels = journals.stream()
                .<LabelSpec>map(j -> new LabelSpec.Jsonl(j.toAbsolutePath().toString())).toList();
        List<RegimeSpec> specs = regimes.stream().map(r -> {
            if (!REGIMES.contains(r)) {
                throw new IllegalArgumentException("unknown regime '" + r + "'; choose from " + REGIMES);
            }
            return RegimeSpec.withDefaults(r);
        }).toList();
        TrainingConfig training = new TrainingConfig(epochs, null, null, null, null, null, null, null);
        return new JobConfig(JobConfig.SCHEMA, project.name(), dataset, labels, null, null, training, specs,
                seeds.stream().map(Integer::longValue).toList(), null);
    }
}
