package org.hillmix.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.Cifar10sJsonImporter;
import org.hillmix.core.io.Cifar10sRawImporter;
import org.hillmix.core.io.HmixCategoricalImporter;
import org.hillmix.core.io.HmixConstructMidpointImporter;
import org.hillmix.core.io.HmixMixingFactorImporter;
import org.hillmix.core.io.HmixSelectShuffledImporter;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Judgment;

/**
 * Imports published judgments (H-Mix, CIFAR-10S) or another HILLmix journal into a project: the
 * judgments are written, with the importers' lossless attributes, to a new journal
 * {@code journals/import-<name>.jsonl}, so the result views and evaluations use them beside the
 * project's own annotators. The file is written atomically and an existing one is never replaced.
 */
public final class ProjectImports {

    /** What can be imported. */
    public enum Source {
        /** H-Mix "infer mixing factor" answers (CSV). */
        HMIX_MIXING_FACTOR,
        /** H-Mix "construct" answers (CSV). */
        HMIX_CONSTRUCT,
        /** H-Mix "select shuffled" answers (CSV). */
        HMIX_SELECT_SHUFFLED,
        /** H-Mix categorical answers (CSV). */
        HMIX_CATEGORICAL,
        /** CIFAR-10S raw answers ({@code raw_human_data.csv}). */
        CIFAR10S_RAW,
        /** CIFAR-10S answers as JSON. */
        CIFAR10S_JSON,
        /** A HILLmix judgment journal ({@code hillmix.judgment/1}). */
        JOURNAL
    }

    /**
     * The outcome.
     *
     * @param journal the journal written
     * @param judgments judgments written
     * @param skipped rows the importer skipped, by reason
     */
    public record Result(Path journal, int judgments, Map<String, Integer> skipped) {
    }

    private ProjectImports() {
    }

    /**
     * Imports {@code file} into the project in {@code folder} as journal {@code import-<name>.jsonl}.
     *
     * @param policy the cleaning policy of categorical sources (CIFAR-10S, H-Mix categorical)
     * @throws IOException naming the file and line of bad input, or when the journal already exists
     */
    public static Result importInto(Path folder, HillmixProject project, Source source, Path file, String name,
            CleaningPolicy policy, ProgressMonitor monitor) throws IOException {
        HillmixProject.checkName(name, "import name");
        Path journal = folder.resolve(HillmixProject.JOURNALS).resolve("import-" + name.toLowerCase(Locale.ROOT)
                + ".jsonl");
        if (Files.exists(journal)) {
            throw new IOException(journal + " already exists; choose another import name (nothing was changed)");
        }
        ClassSet classes = project.classes();
        List<Judgment> judgments = new ArrayList<>();
        Map<String, Integer> skipped = Map.of();
        switch (source) {
            case HMIX_MIXING_FACTOR, HMIX_CONSTRUCT, HMIX_SELECT_SHUFFLED -> {
                var imported = switch (source) {
                    case HMIX_MIXING_FACTOR -> HmixMixingFactorImporter.read(file, monitor);
                    case HMIX_CONSTRUCT -> HmixConstructMidpointImporter.read(file, monitor);
                    default -> HmixSelectShuffledImporter.read(file, monitor);
                };
                imported.entries().stream().map(SourcedJudgment::judgment).forEach(judgments::add);
                skipped = imported.skippedByType();
            }
            case HMIX_CATEGORICAL, CIFAR10S_RAW, CIFAR10S_JSON -> {
                var imported = switch (source) {
                    case HMIX_CATEGORICAL -> HmixCategoricalImporter.read(file, classes, policy, monitor);
                    case CIFAR10S_RAW -> Cifar10sRawImporter.read(file, classes, policy, monitor);
                    default -> Cifar10sJsonImporter.read(file, classes, policy, monitor);
                };
                imported.judgments().stream().map(SourcedJudgment::judgment).forEach(judgments::add);
                skipped = imported.skippedByType();
            }
            case JOURNAL -> judgments.addAll(JudgmentJsonl.read(file, JournalReadMode.STRICT, monitor).judgments());
            default -> throw new IllegalStateException("unhandled source " + source);
        }
        Files.createDirectories(journal.getParent());
        JudgmentJsonl.write(journal, judgments, null);
        return new Result(journal, judgments.size(), skipped);
    }
}
