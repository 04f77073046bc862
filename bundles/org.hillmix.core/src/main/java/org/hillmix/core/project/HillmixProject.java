package org.hillmix.core.project;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.SoftLabelScheme;

/**
 * A HILLmix project's descriptor ({@code hillmix-project.json}): what is annotated and by whom.
 * The files live beside it: {@code stimuli/<set>/}, {@code journals/<annotator>.jsonl} (one
 * append-only judgment journal per annotator, so several annotators' work merges without
 * conflicts) and {@code reports/}.
 *
 * @param name project name
 * @param classes the class set, in label order
 * @param dataset where the source images are, or {@code null} for a project made from imported data
 * @param softLabelScheme id of the redistribution scheme of the categorical protocol ({@link
 *     SoftLabelScheme#parse})
 * @param stimulusSets the stimulus sets, names unique
 * @param annotators the annotator ids, unique
 * @param batches the planned batches, ids unique, each for a listed annotator and stimulus set
 */
public record HillmixProject(String name, ClassSet classes, DatasetLocation dataset, String softLabelScheme,
        List<StimulusSet> stimulusSets, List<String> annotators, List<Batch> batches) {

    /** The descriptor's file name in the project folder. */
    public static final String DESCRIPTOR = "hillmix-project.json";
    /** Folder of the stimulus sets. */
    public static final String STIMULI = "stimuli";
    /** Folder of the annotators' journals. */
    public static final String JOURNALS = "journals";
    /** Folder of calibration reports. */
    public static final String REPORTS = "reports";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    /** Checks the fields and their cross-references, and copies the lists. */
    public HillmixProject {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the project has no name");
        }
        Objects.requireNonNull(classes, "classes");
        SoftLabelScheme.parse(Objects.requireNonNull(softLabelScheme, "softLabelScheme"), SoftLabelScheme.DEFAULT_GAMMA);
        stimulusSets = List.copyOf(stimulusSets);
        annotators = List.copyOf(annotators);
        batches = List.copyOf(batches);
        Set<String> sets = new HashSet<>();
        for (StimulusSet s : stimulusSets) {
            if (!sets.add(s.name())) {
                throw new IllegalArgumentException("stimulus set '" + s.name() + "' is listed twice");
            }
        }
        Set<String> people = new HashSet<>();
        for (String a : annotators) {
            checkName(a, "annotator id");
            if (!people.add(a)) {
                throw new IllegalArgumentException("annotator '" + a + "' is listed twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Batch b : batches) {
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("batch id '" + b.id() + "' is used twice");
            }
            if (!people.contains(b.annotator())) {
                throw new IllegalArgumentException("batch '" + b.id() + "' is for annotator '" + b.annotator()
                        + "', who is not among the project's annotators " + annotators);
            }
            if (!sets.contains(b.stimulusSet())) {
                throw new IllegalArgumentException("batch '" + b.id() + "' uses stimulus set '" + b.stimulusSet()
                        + "', which the project does not have " + sets);
            }
        }
    }

    /**
     * The project's soft-label scheme ({@link #softLabelScheme()} parsed, with the default
     * redistribution factor {@link SoftLabelScheme#DEFAULT_GAMMA}): what the result views and the
     * categorical preview use.
     */
    public SoftLabelScheme scheme() {
        return SoftLabelScheme.parse(softLabelScheme, SoftLabelScheme.DEFAULT_GAMMA);
    }

    /** A new, empty project. */
    public static HillmixProject create(String name, ClassSet classes, DatasetLocation dataset) {
        return new HillmixProject(name, classes, dataset, SoftLabelScheme.CIFAR10S_PUBLISHED.id(), List.of(), List.of(),
                List.of());
    }

    /** This project with one more stimulus set (replacing one of the same name). */
    public HillmixProject withStimulusSet(StimulusSet set) {
        List<StimulusSet> out = new java.util.ArrayList<>(stimulusSets.stream()
                .filter(s -> !s.name().equals(set.name())).toList());
        out.add(set);
        return new HillmixProject(name, classes, dataset, softLabelScheme, out, annotators, batches);
    }

    /** This project with {@code added} batches, their annotators added to the list when new. */
    public HillmixProject withBatches(List<Batch> added) {
        List<String> people = new java.util.ArrayList<>(annotators);
        for (Batch b : added) {
            if (!people.contains(b.annotator())) {
                people.add(b.annotator());
            }
        }
        List<Batch> all = new java.util.ArrayList<>(batches);
        all.addAll(added);
        return new HillmixProject(name, classes, dataset, softLabelScheme, stimulusSets, people, all);
    }

    /** The stimulus set called {@code setName}, if any. */
    public Optional<StimulusSet> stimulusSet(String setName) {
        return stimulusSets.stream().filter(s -> s.name().equals(setName)).findFirst();
    }

    /** The batch with id {@code batchId}, if any. */
    public Optional<Batch> batch(String batchId) {
        return batches.stream().filter(b -> b.id().equals(batchId)).findFirst();
    }

    /** Folder of stimulus set {@code setName} in {@code projectFolder}. */
    public static Path stimulusFolder(Path projectFolder, String setName) {
        return projectFolder.resolve(STIMULI).resolve(setName);
    }

    /** Journal file of {@code annotator} in {@code projectFolder}. */
    public static Path journal(Path projectFolder, String annotator) {
        return projectFolder.resolve(JOURNALS).resolve(annotator + ".jsonl");
    }

    /**
     * Checks that {@code value} can serve as an id that is also a file name: letters, digits, dot,
     * underscore and hyphen, starting with a letter or digit, at most 80 characters.
     */
    static void checkName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' is not usable: use 1-80 letters, digits, '.',"
                    + " '_' or '-', starting with a letter or digit (it becomes a file name)");
        }
    }
}
