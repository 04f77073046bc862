package org.hillmix.core.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.JudgmentUse;
import org.hillmix.core.evaluation.LabelSpec;
import org.hillmix.core.evaluation.RegimeSpec;
import org.hillmix.core.evaluation.TrainingConfig;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.Judgment;
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
     * The chosen regimes that train on human labels (human-soft: soft labels from categorical or free-distribution
     * answers; human-mixup: mixing-factor judgments naming their classes and true lambda, see {@link JudgmentUse})
     * but for which {@code journals} hold no usable judgment, each with the reason in one sentence. Such a regime
     * would train on the hard labels and only look like a comparison: the workbench refuses it before it submits
     * a job. Journals are read leniently (bad lines are the server's to report).
     *
     * @param classes the project's classes
     * @return regime id to reason, in the order of {@code regimes}; empty when every chosen regime has labels
     */
    public static Map<String, String> regimesWithoutLabels(List<Path> journals, ClassSet classes,
            List<String> regimes) throws IOException {
        Map<JudgmentUse.Kind, Integer> counts = new EnumMap<>(JudgmentUse.Kind.class);
        AnswerValidator validator = new AnswerValidator(classes);
        for (Path journal : journals) {
            for (Judgment j : JudgmentJsonl.read(journal, JournalReadMode.LENIENT, null).judgments()) {
                counts.merge(JudgmentUse.of(j, classes, validator).kind(), 1, Integer::sum);
            }
        }
        int soft = counts.getOrDefault(JudgmentUse.Kind.SOFT_LABEL, 0);
        int mixing = counts.getOrDefault(JudgmentUse.Kind.MIXING, 0);
        int none = counts.getOrDefault(JudgmentUse.Kind.NONE, 0);
        String found = (soft + mixing + none) + " judgments: " + soft + " categorical or free-distribution, " + mixing
                + " usable mixing-factor, " + none + " giving no labels";
        Map<String, String> out = new LinkedHashMap<>();
        for (String r : regimes) {
            if (r.equals("human-soft") && soft == 0) {
                out.put(r, "human-soft trains on soft labels from categorical or free-distribution answers, and the "
                        + "journals hold none (" + found + ")");
            } else if (r.equals("human-mixup") && mixing == 0) {
                out.put(r, "human-mixup trains on mixing-factor judgments that name both classes and the true "
                        + "lambda (attributes label1, label2, mixtureCoeff), and the journals hold none (" + found
                        + ")");
            }
        }
        return out;
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
