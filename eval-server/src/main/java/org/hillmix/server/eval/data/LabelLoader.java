package org.hillmix.server.eval.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.LabelSpec;
import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.io.CategoricalImport;
import org.hillmix.core.io.Cifar10hVotes;
import org.hillmix.core.io.Cifar10sJsonImporter;
import org.hillmix.core.io.HmixMixingFactorImporter;
import org.hillmix.core.io.JournalContents;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JsonLinesLabels;
import org.hillmix.core.io.JudgmentImport;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.server.eval.report.Citations;
import org.hillmix.server.eval.simulation.MixingJudgment;
import org.hillmix.server.eval.simulation.SimulatedAnnotators;

/**
 * Attaches the human labels of one {@link LabelSpec} to an {@link ItemPool}: per-annotator soft labels (built
 * from categorical answers with the published CIFAR-10S scheme, top-2 clamp with gamma 0.1), vote
 * distributions, and mixing-factor judgments for the perception map.
 */
final class LabelLoader {

    /** The H-Mix mixing-factor file inside the {@code hmix} folder. */
    static final String HMIX_FILE = "hmix_infer_mixing_factor.csv";

    /** The true lambdas of the H-Mix mixing-factor study, reused by the simulation. */
    static final double[] HMIX_LAMBDAS = {0.1, 0.25, 0.5, 0.75, 0.9};

    private LabelLoader() {
    }

    /**
     * Adds the labels of {@code spec} to {@code pool}.
     *
     * @throws IOException when files cannot be read
     * @throws IllegalArgumentException when the labels do not fit the data set
     */
    static void attach(LabelSpec spec, ItemPool pool, Path baseDir, ProgressMonitor monitor) throws IOException {
        switch (spec) {
            case LabelSpec.None n -> {
            }
            case LabelSpec.Server s -> throw new IllegalArgumentException("labels kind 'server' (id '" + s.id()
                    + "') names an uploaded label set, which only the evaluation server can resolve; submit the job "
                    + "to the server (hillmix submit), or name the label file with kind jsonl, cifar10s, hmix or "
                    + "cifar10h");
            case LabelSpec.Simulated s -> simulated(s, pool, monitor);
            case LabelSpec.Cifar10s s -> cifar10s(baseDir.resolve(s.dir()), pool, monitor);
            case LabelSpec.Hmix s -> hmix(baseDir.resolve(s.dir()), pool, monitor);
            case LabelSpec.Jsonl s -> jsonl(baseDir.resolve(s.path()), pool, monitor);
            case LabelSpec.Cifar10h s -> cifar10h(baseDir.resolve(s.dir()), pool);
        }
    }

    /**
     * Simulated annotators answering from the synthetic data set's true mixtures: {@code annotators} categorical
     * answers per item turned into soft labels, {@code voters} one-vote judgments per item turned into a vote
     * distribution, and {@code mixingJudgments} mixing-factor judgments of random class pairs at the H-Mix lambdas.
     */
    private static void simulated(LabelSpec.Simulated s, ItemPool pool, ProgressMonitor monitor) {
        if (pool.trueMixture == null) {
            throw new IllegalArgumentException("labels kind 'simulated' needs a synthetic data set");
        }
        int k = pool.classes.size();
        SimulatedAnnotators panel = new SimulatedAnnotators(k, s.annotators(), s.seed());
        SimulatedAnnotators voters = new SimulatedAnnotators(k, s.voters(), s.seed() + 1);
        CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(pool.classes, SoftLabelScheme.CIFAR10S_PUBLISHED);
        for (int i = 0; i < pool.size(); i++) {
            if ((i & 255) == 0) {
                monitor.checkCancelled();
            }
            // Simulated answers are keyed by item position in the generated set (its id), so they do not depend on
            // which other items the job keeps.
            int item = Integer.parseInt(pool.ids[i]);
            for (CategoricalAnswer a : panel.categoricalAll(item, pool.trueMixture[i])) {
                pool.softLabels.get(i).add(labeler.label(a));
            }
            pool.votes[i] = voters.votes(item, pool.trueMixture[i]);
        }
        SplittableRandom rnd = new SplittableRandom(s.seed() + 2);
        for (int j = 0; j < s.mixingJudgments(); j++) {
            int c1 = rnd.nextInt(k);
            int c2 = rnd.nextInt(k - 1);
            c2 = c2 >= c1 ? c2 + 1 : c2;
            double lambda = HMIX_LAMBDAS[rnd.nextInt(HMIX_LAMBDAS.length)];
            int annotator = rnd.nextInt(panel.count());
            MixingFactorAnswer a = panel.mixingFactor(annotator, j, lambda, c1, c2);
            pool.judgments.add(new MixingJudgment(c1, c2, lambda, a.perceivedLambda1(), a.confidence01()));
        }
        pool.sources.add("simulated annotators: " + s.annotators() + " categorical answers per image (soft labels, "
                + "top-2 clamp, gamma 0.1), " + s.voters() + " voters per image, " + s.mixingJudgments()
                + " mixing-factor judgments (seed " + s.seed() + ")");
        if (s.mixingJudgments() > 0) {
            pool.judgmentSources.add("simulated annotators");
        }
    }

    /**
     * CIFAR-10S (Collins et al., HCOMP 2022): {@code <dir>/cifar10s/human_soft_labels_data.json}, the parsed answers
     * keyed by CIFAR-10 test index, turned into soft labels with the published scheme. Answers with validation
     * errors are skipped (and counted in a warning).
     */
    private static void cifar10s(Path dir, ItemPool pool, ProgressMonitor monitor) throws IOException {
        requireCifar10(pool, "cifar10s");
        Path file = existing(dir.resolve("cifar10s").resolve("human_soft_labels_data.json"), "labels kind cifar10s");
        CategoricalImport imported = Cifar10sJsonImporter.read(file, ClassSet.CIFAR10, CleaningPolicy.CIFAR10S_STUDY,
                ProgressMonitor.NULL);
        List<SourcedJudgment> valid = imported.judgments().stream().filter(SourcedJudgment::isValid).toList();
        int skipped = imported.judgments().size() - valid.size();
        List<AnnotatorLabel> labels = SoftLabeling.labelAll(valid, ClassSet.CIFAR10,
                SoftLabelScheme.CIFAR10S_PUBLISHED, monitor);
        int attached = 0;
        for (AnnotatorLabel l : labels) {
            int i = pool.indexOf(l.item());
            if (i >= 0) {
                pool.softLabels.get(i).add(l.label());
                attached++;
            }
        }
        pool.sources.add("CIFAR-10S per-annotator soft labels (" + attached + " answers on data set images, top-2 "
                + "clamp, gamma 0.1)");
        if (skipped > 0) {
            pool.warnings.add("CIFAR-10S: " + skipped + " answers with validation errors were skipped");
        }
        pool.citations.add(Citations.COLLINS_2022);
    }

    /**
     * CIFAR-10H (Peterson et al., ICCV 2019): {@code <dir>/cifar10h/cifar10h-counts.npy}, 10000 x 10 vote counts
     * indexed by CIFAR-10 test index, normalised into vote distributions.
     */
    private static void cifar10h(Path dir, ItemPool pool) throws IOException {
        requireCifar10(pool, "cifar10h");
        Path file = existing(dir.resolve("cifar10h").resolve("cifar10h-counts.npy"), "labels kind cifar10h");
        // the core reader checks shape, whole-number counts (integer or float dtypes) and empty rows
        Cifar10hVotes votes = Cifar10hVotes.read(file, pool.classes, ProgressMonitor.NULL);
        int attached = 0;
        for (int i = 0; i < pool.size(); i++) {
            int testIndex;
            try {
                testIndex = Integer.parseInt(pool.ids[i]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (testIndex < 0 || testIndex >= votes.size()) {
                continue;
            }
            pool.votes[i] = votes.distribution(testIndex);
            attached++;
        }
        pool.sources.add("CIFAR-10H vote distributions (" + attached + " data set images)");
        pool.citations.add(Citations.PETERSON_2019);
    }

    /**
     * H-Mix (Collins et al., UAI 2023) mixing-factor judgments from {@code <dir>/hmix/hmix_infer_mixing_factor.csv},
     * read with the core importer.
     */
    private static void hmix(Path dir, ItemPool pool, ProgressMonitor monitor) throws IOException {
        requireCifar10(pool, "hmix");
        Path file = existing(dir.resolve("hmix").resolve(HMIX_FILE), "labels kind hmix");
        JudgmentImport imported = HmixMixingFactorImporter.read(file, monitor);
        JudgmentLabels labels = JudgmentLabels.of(imported.judgments(), pool.classes);
        pool.judgments.addAll(labels.mixing);
        pool.sources.add("H-Mix mixing-factor judgments (" + labels.mixing.size() + " judgments of mixed CIFAR-10 "
                + "test pairs)");
        pool.judgmentSources.add("H-Mix (" + HMIX_FILE + ")");
        if (labels.skipped > 0) {
            pool.warnings.add("H-Mix: " + labels.skipped + " judgments skipped, e.g. " + labels.firstSkipReason);
        }
        pool.citations.add(Citations.COLLINS_2023);
    }

    /**
     * A JSON Lines file keyed by data set item ids: either a HILLmix judgment journal ({@code hillmix.judgment/1},
     * lines with a {@code schema} key; categorical and free-distribution answers become soft labels,
     * mixing-factor answers with class and lambda attributes feed the perception map) or a HILLmix label file
     * (one annotator soft label per line). Labels of items not in the data set are ignored and counted.
     */
    private static void jsonl(Path file, ItemPool pool, ProgressMonitor monitor) throws IOException {
        existing(file, "labels kind jsonl");
        Map<String, List<double[]>> soft = new java.util.LinkedHashMap<>();
        String what;
        if (isJournal(file)) {
            JournalContents journal = JudgmentJsonl.read(file, JournalReadMode.STRICT, monitor);
            JudgmentLabels labels = JudgmentLabels.of(journal.judgments(), pool.classes);
            soft.putAll(labels.softLabels);
            pool.judgments.addAll(labels.mixing);
            if (!labels.mixing.isEmpty()) {
                pool.judgmentSources.add(file.getFileName().toString());
            }
            if (labels.skipped > 0) {
                pool.warnings.add(file.getFileName() + ": " + labels.skipped + " judgments skipped, e.g. "
                        + labels.firstSkipReason);
            }
            if (journal.truncated()) {
                pool.warnings.add(file.getFileName() + ": the last line was cut off and skipped");
            }
            what = "judgment journal " + file.getFileName() + " (" + labels.softLabelCount() + " soft labels, "
                    + labels.mixing.size() + " mixing-factor judgments)";
        } else {
            for (AnnotatorLabel l : JsonLinesLabels.read(file)) {
                soft.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l.label());
            }
            what = "soft labels from " + file.getFileName();
        }
        int unknown = 0;
        int attached = 0;
        for (Map.Entry<String, List<double[]>> e : soft.entrySet()) {
            int i = pool.indexOf(e.getKey());
            if (i < 0) {
                unknown += e.getValue().size();
                continue;
            }
            for (double[] p : e.getValue()) {
                if (p.length != pool.classes.size()) {
                    throw new IllegalArgumentException(file + ": label of item '" + e.getKey() + "' has " + p.length
                            + " classes, the data set has " + pool.classes.size());
                }
                pool.softLabels.get(i).add(p);
                attached++;
            }
        }
        pool.sources.add(what + "; " + attached + " soft labels on data set items");
        if (unknown > 0) {
            pool.warnings.add(file.getFileName() + ": " + unknown + " labels name items that are not in the data set");
        }
    }

    /** Whether the first non-blank line of {@code file} is a judgment journal line (it has a schema key). */
    private static boolean isJournal(Path file) throws IOException {
        try (var reader = InputFiles.newReader(file)) {
            return reader.lines().filter(l -> !l.isBlank()).findFirst()
                    // any schema key: a journal of another version is refused by the journal reader, by name
                    .map(l -> l.contains("\"schema\"")).orElse(false);
        }
    }

    private static void requireCifar10(ItemPool pool, String kind) {
        if (!pool.classes.equals(ClassSet.CIFAR10)) {
            throw new IllegalArgumentException("labels kind '" + kind + "' labels CIFAR-10 images but the data set's "
                    + "classes are " + pool.classes);
        }
    }

    private static Path existing(Path file, String what) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, what + ": file not found");
        }
        return file;
    }
}
