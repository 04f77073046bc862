package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.AggregatedLabelFiles;
import org.hillmix.core.io.CategoricalImport;
import org.hillmix.core.io.Cifar10sJsonImporter;
import org.hillmix.core.io.Cifar10sLabelsFile;
import org.hillmix.core.io.Cifar10sRawImporter;
import org.hillmix.core.io.HmixCategoricalImporter;
import org.hillmix.core.io.JsonLinesLabels;
import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelAggregator;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix labels}: builds per-annotator soft labels from human categorical answers
 * (CIFAR-10S raw CSV or parsed JSON, H-Mix categorical CSV) under one of the six CIFAR-10S
 * schemes or the published H-Mix rule ({@code hmix-published}) and writes them. A summary (items, labels, skipped rows by type, flags, alterations)
 * goes to stderr. Exit 0 on success, 2 with one line on stderr for bad input.
 */
@Command(name = "labels", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build per-annotator soft labels from human categorical answers.",
            "Schemes and cleaning policies: docs/soft-labels.md."})
public final class LabelsCommand implements Callable<Integer> {

    /** Where summaries show at most this many alterations one per line. */
    static final int MAX_LISTED_ALTERATIONS = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "Input layout: cifar10s-raw, cifar10s-json or hmix-categorical.")
    String from;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The input file.")
    Path input;

    @Option(names = "--scheme", defaultValue = "top2-clamp", paramLabel = "SCHEME",
            description = "top2-clamp, top2-uniform, top2-none, top1-clamp, top1-uniform, top1-none, or hmix-published"
                    + " (the rule of the published H-Mix labels) (default: ${DEFAULT-VALUE}).")
    String scheme;

    @Option(names = "--redistribution", defaultValue = "0.1", paramLabel = "GAMMA",
            description = "Redistribution factor gamma in [0, 1] (default: ${DEFAULT-VALUE}).")
    double gamma;

    @Option(names = "--cleaning", defaultValue = "default", paramLabel = "POLICY",
            description = "default (alters nothing, flags odd answers) or cifar10s-study (the study's corrections)"
                    + " (default: ${DEFAULT-VALUE}).")
    String cleaning;

    @Option(names = "--format", defaultValue = "cifar10s", paramLabel = "FORMAT",
            description = "cifar10s (JSON object: item -> list of per-annotator vectors), jsonl (one label per line),"
                    + " aggregated-json or aggregated-csv (per-item mean and entropy) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Source source = Source.fromId(from);
        SoftLabelScheme labelScheme = SoftLabelScheme.parse(scheme, gamma);
        CleaningPolicy policy = CleaningPolicy.fromId(cleaning);
        Format outFormat = Format.fromId(format);
        ClassSet classes = ClassSet.CIFAR10;

        CategoricalImport imported = switch (source) {
            case CIFAR10S_RAW -> Cifar10sRawImporter.read(input, classes, policy, ProgressMonitor.NULL);
            case CIFAR10S_JSON -> Cifar10sJsonImporter.read(input, classes, policy, ProgressMonitor.NULL);
            case HMIX_CATEGORICAL -> HmixCategoricalImporter.read(input, classes, policy, ProgressMonitor.NULL);
        };
        if (imported.judgments().isEmpty()) {
            // an empty output would look like success; no answers usually means the wrong file or --from
            throw new IllegalArgumentException(input + ": no answers to build labels from (skipped rows: "
                    + counts(imported.skippedByType()) + "); is it a " + source.id + " file?");
        }
        List<AnnotatorLabel> labels;
        try {
            labels = SoftLabeling.labelAll(imported.judgments(), classes, labelScheme, ProgressMonitor.NULL);
        } catch (IllegalArgumentException e) {
            String hint = source == Source.CIFAR10S_RAW && policy == CleaningPolicy.DEFAULT
                    ? " (the CIFAR-10S study corrected such answers: try --cleaning cifar10s-study)" : "";
            throw new IllegalArgumentException(e.getMessage() + hint, e);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("output folder " + parent + " does not exist");
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (outFormat) {
                case CIFAR10S -> Cifar10sLabelsFile.write(w, labels, ProgressMonitor.NULL);
                case JSONL -> JsonLinesLabels.write(w, labels, ProgressMonitor.NULL);
                case AGGREGATED_JSON -> AggregatedLabelFiles.writeJson(w,
                        SoftLabelAggregator.aggregate(labels, ProgressMonitor.NULL), classes, ProgressMonitor.NULL);
                case AGGREGATED_CSV -> AggregatedLabelFiles.writeCsv(w,
                        SoftLabelAggregator.aggregate(labels, ProgressMonitor.NULL), classes, ProgressMonitor.NULL);
            }
        }
        summarise(spec.commandLine().getErr(), imported, labels, labelScheme, outFormat);
        return 0;
    }

    private void summarise(PrintWriter err, CategoricalImport imported, List<AnnotatorLabel> labels,
            SoftLabelScheme labelScheme, Format outFormat) {
        long items = labels.stream().map(AnnotatorLabel::item).distinct().count();
        err.printf(Locale.ROOT, "labels: %d labels for %d items from %s (%s, cleaning %s, scheme %s, gamma %s)%n",
                labels.size(), items, imported.source(), from, imported.policy().id(), labelScheme.id(),
                labelScheme.gamma());
        err.println("labels: skipped rows: " + counts(imported.skippedByType()));
        Map<AnswerFlag, Integer> flags = imported.flagCounts();
        err.println("labels: flagged answers: " + counts(flags));
        List<Alteration> alterations = imported.alterations();
        err.println("labels: alterations: " + alterations.size());
        for (int i = 0; i < alterations.size() && i < MAX_LISTED_ALTERATIONS; i++) {
            err.println("  " + alterations.get(i).describe());
        }
        if (alterations.size() > MAX_LISTED_ALTERATIONS) {
            err.println("  ... and " + (alterations.size() - MAX_LISTED_ALTERATIONS) + " more (see --format jsonl)");
        }
        err.println("labels: wrote " + outFormat.id + " to " + out);
        err.flush();
    }

    private static String counts(Map<?, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringJoiner j = new StringJoiner(", ");
        counts.forEach((k, v) -> j.add(k + " " + v));
        return j.toString();
    }

    /** The input layouts. */
    enum Source {
        CIFAR10S_RAW("cifar10s-raw"), CIFAR10S_JSON("cifar10s-json"), HMIX_CATEGORICAL("hmix-categorical");

        final String id;

        Source(String id) {
            this.id = id;
        }

        static Source fromId(String id) {
            for (Source s : values()) {
                if (s.id.equalsIgnoreCase(id.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown --from '" + id
                    + "'; expected cifar10s-raw, cifar10s-json or hmix-categorical");
        }
    }

    /** The output layouts. */
    enum Format {
        CIFAR10S("cifar10s"), JSONL("jsonl"), AGGREGATED_JSON("aggregated-json"), AGGREGATED_CSV("aggregated-csv");

        final String id;

        Format(String id) {
            this.id = id;
        }

        static Format fromId(String id) {
            for (Format f : values()) {
                if (f.id.equalsIgnoreCase(id.trim())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown --format '" + id
                    + "'; expected cifar10s, jsonl, aggregated-json or aggregated-csv");
        }
    }
}
