package org.hillmix.core.remote;

import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectDatasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code hillmix.job/1} configuration (docs/job-config.md) that evaluates a project's
 * labels: the project's data set, one {@code jsonl} label source per annotator journal, the chosen
 * regimes and seeds. Paths are absolute, so the server must be allowed to read the project folder
 * (the workbench's local server is started with {@code --allow-path <project>}).
 */
public final class EvaluationJobs {

    /** The regimes the workbench offers, as the server names them. */
    public static final List<String> REGIMES = List.of("hard", "human-soft", "label-smoothing", "mixup",
            "human-mixup");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJobs() {
    }

    /**
     * The job of {@code project} in {@code folder} on {@code journals} with {@code regimes} (ids of
     * {@link #REGIMES}), {@code epochs} per run and {@code seeds}.
     *
     * @throws IllegalArgumentException when the project has no data set or a regime is unknown
     */
    public static String forProject(Path folder, HillmixProject project, List<Path> journals, List<String> regimes,
            int epochs, List<Integer> seeds) throws java.io.IOException {
        if (project.dataset() == null) {
            throw new IllegalArgumentException("project '" + project.name() + "' has no data set to train on; set one"
                    + " in " + HillmixProject.DESCRIPTOR);
        }
        ObjectNode job = MAPPER.createObjectNode();
        job.put("schema", "hillmix.job/1");
        job.put("name", project.name());
        ObjectNode d = job.putObject("dataset");
        Path data = project.dataset().resolve(folder).toAbsolutePath();
        DatasetLocation.Kind kind = project.dataset().kind();
        switch (kind) {
            case IMAGE_FOLDER -> d.put("kind", "image-folder").put("path", data.toString());
            case INDEX_CSV -> d.put("kind", "index-csv").put("path", data.toString());
            case CIFAR10_BINARY -> d.put("kind", "cifar-binary").put("path", data.toString());
            case IDX -> d.put("kind", "idx").put("images", data.toString())
                    .put("labels", ProjectDatasets.idxLabels(data).toString());
            default -> throw new IllegalStateException("unhandled data set kind " + kind);
        }
        ArrayNode labels = job.putArray("labels");
        for (Path j : journals) {
            labels.addObject().put("kind", "jsonl").put("path", j.toAbsolutePath().toString());
        }
        job.putObject("training").put("epochs", epochs);
        ArrayNode rs = job.putArray("regimes");
        for (String r : regimes) {
            if (!REGIMES.contains(r)) {
                throw new IllegalArgumentException("unknown regime '" + r + "'; choose from " + REGIMES);
            }
            rs.addObject().put("name", r);
        }
        ArrayNode s = job.putArray("seeds");
        seeds.forEach(s::add);
        return job.toPrettyString();
    }
}
