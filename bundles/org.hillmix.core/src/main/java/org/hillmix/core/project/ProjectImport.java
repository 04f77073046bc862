package org.hillmix.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * Imports published human judgments (H-Mix, CIFAR-10S) into a project: one journal
 * {@code journals/<annotator>.jsonl} per annotator of the source file, the annotators added to the
 * descriptor. An annotator whose journal already exists keeps its judgments: old and new are
 * merged (exact duplicates dropped, {@link JudgmentJsonl#merge(java.util.Collection)}), so
 * importing the same file twice changes nothing.
 */
public final class ProjectImport {

    /** The supported source files. */
    public enum Source {
        /** H-Mix categorical answers ({@code hmix_categorical_soft_labels.csv}). */
        HMIX_CATEGORICAL("hmix-categorical"),
        /** H-Mix infer-mixing-factor answers ({@code hmix_infer_mixing_factor.csv}). */
        HMIX_MIXING_FACTOR("hmix-mixing-factor"),
        /** H-Mix construct-midpoint answers ({@code hmix_construct_midpoint.csv}). */
        HMIX_CONSTRUCT_MIDPOINT("hmix-construct-midpoint"),
        /** H-Mix select-shuffled-midpoint answers ({@code hmix_select_shuffled_midpoint.csv}). */
        HMIX_SELECT_SHUFFLED("hmix-select-shuffled"),
        /** CIFAR-10S raw jsPsych answers ({@code raw_human_data.csv}). */
        CIFAR10S_RAW("cifar10s-raw"),
        /** CIFAR-10S parsed answers ({@code human_soft_labels_data.json}). */
        CIFAR10S_JSON("cifar10s-json");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        /** The source's id as used in documentation and the UI. */
        public String id() {
            return id;
        }

        /**
         * Guesses the source from the published file name, or {@code null} when unknown or when {@code file}
         * has no file name (the root {@code /}, an empty path: what a field holds while the user types).
         */
        public static Source guess(Path file) {
            Path name = file.getFileName();
            if (name == null) {
                return null;
            }
            String n = name.toString().toLowerCase(Locale.ROOT);
            if (n.contains("categorical")) {
                return HMIX_CATEGORICAL;
            } else if (n.contains("mixing_factor")) {
                return HMIX_MIXING_FACTOR;
            } else if (n.contains("construct")) {
                return HMIX_CONSTRUCT_MIDPOINT;
            } else if (n.contains("shuffled")) {
                return HMIX_SELECT_SHUFFLED;
            } else if (n.endsWith(".json")) {
                return CIFAR10S_JSON;
            } else if (n.endsWith(".csv") && n.contains("raw")) {
                return CIFAR10S_RAW;
            }
            return null;
        }
    }

    /**
     * What an import did.
     *
     * @param judgments judgments read from the source
     * @param journalsByAnnotator judgments now in each touched annotator's journal, by annotator id
     */
    public record Result(int judgments, Map<String, Integer> journalsByAnnotator) {
    }

    private ProjectImport() {
    }

    /**
     * Reads {@code file} as {@code source} and writes the judgments into {@code projectFolder}'s
     * journals; the descriptor is written last, so a failed or cancelled import leaves it as it was
     * (journals already written stay complete and valid: each is replaced atomically).
     *
     * @throws IOException when a file cannot be read or written, or the folder is no project
     * @throws IllegalArgumentException when the source is malformed, or an annotator id of the source
     *     cannot be used as a journal file name
     */
    public static Result importJudgments(Path projectFolder, Source source, Path file, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Importing " + file.getFileName(), 100);
        HillmixProject project = ProjectJson.read(projectFolder);
        List<SourcedJudgment> read = read(source, file, project, pm.split(50));
        Map<String, List<Judgment>> byAnnotator = new TreeMap<>();
        for (SourcedJudgment s : read) {
            byAnnotator.computeIfAbsent(s.judgment().annotator(), a -> new ArrayList<>()).add(s.judgment());
        }
        for (String a : byAnnotator.keySet()) {
            HillmixProject.checkName(a, file.getFileName() + ": annotator id");
        }
        Files.createDirectories(projectFolder.resolve(HillmixProject.JOURNALS));
        ProgressMonitor write = pm.split(50);
        write.begin("Writing journals", byAnnotator.size());
        Map<String, Integer> counts = new TreeMap<>();
        List<String> annotators = new ArrayList<>(project.annotators());
        for (Map.Entry<String, List<Judgment>> e : byAnnotator.entrySet()) {
            write.checkCancelled();
            Path journal = HillmixProject.journal(projectFolder, e.getKey());
            List<Judgment> merged = e.getValue();
            if (Files.exists(journal)) {
                List<Judgment> old = JudgmentJsonl.read(journal, JournalReadMode.STRICT, ProgressMonitor.NULL)
                        .judgments();
                merged = JudgmentJsonl.merge(List.of(old, e.getValue()));
            }
            JudgmentJsonl.write(journal, merged, ProgressMonitor.NULL);
            counts.put(e.getKey(), merged.size());
            if (!annotators.contains(e.getKey())) {
                annotators.add(e.getKey());
            }
            write.worked(1);
        }
        ProjectJson.write(projectFolder, new HillmixProject(project.name(), project.classes(), project.dataset(),
                project.softLabelScheme(), project.stimulusSets(), annotators, project.batches()));
        pm.done();
        return new Result(read.size(), counts);
    }

    private static List<SourcedJudgment> read(Source source, Path file, HillmixProject project, ProgressMonitor pm)
            throws IOException {
        return switch (source) {
            case HMIX_CATEGORICAL ->
                HmixCategoricalImporter.read(file, project.classes(), CleaningPolicy.DEFAULT, pm).judgments();
            case CIFAR10S_RAW ->
                Cifar10sRawImporter.read(file, project.classes(), CleaningPolicy.DEFAULT, pm).judgments();
            case CIFAR10S_JSON ->
                Cifar10sJsonImporter.read(file, project.classes(), CleaningPolicy.DEFAULT, pm).judgments();
            case HMIX_MIXING_FACTOR -> HmixMixingFactorImporter.read(file, pm).entries();
            case HMIX_CONSTRUCT_MIDPOINT -> HmixConstructMidpointImporter.read(file, pm).entries();
            case HMIX_SELECT_SHUFFLED -> HmixSelectShuffledImporter.read(file, pm).entries();
        };
    }
}
