package org.hillmix.server.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.hillmix.core.agreement.MixingFactorSummary;
import org.hillmix.core.internal.csv.CsvWriter;
import org.hillmix.core.io.HmixMixingFactorImporter;
import org.hillmix.core.io.JudgmentImport;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix mixing-summary}: per-stimulus summary of the H-Mix "infer mixing factor" answers
 * ({@link MixingFactorSummary}): true lambda, perceived lambdas of image 1 and confidences (0-1),
 * their mean, population standard deviation and confidence-weighted mean ({@code null} / empty
 * when every confidence of a stimulus is 0), and the study's weighted re-label and the two
 * differences to the true lambda. JSON (an object keyed by stimulus file name), or CSV
 * when {@code --out} ends in {@code .csv}. Exit 0 on success, 2 with one line on stderr for bad
 * input.
 */
@Command(name = "mixing-summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarise H-Mix mixing-factor answers per stimulus: true lambda, perceived lambdas,",
            "confidences, mean, population std, confidence-weighted mean, the study's weighted re-label and",
            "the differences to the true lambda. See docs/mixing-summary.md."})
public final class MixingSummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hmix-infer", required = true, paramLabel = "FILE",
            description = "hmix_infer_mixing_factor.csv (H-Mix infer-mixing-factor trials).")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file: JSON, or CSV when the name ends in .csv.")
    Path out;

    @Option(names = "--no-repeats", description = "Leave repeat trials (task rerun_rate_mixture) out.")
    boolean noRepeats;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input file not found: " + input);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("output folder " + parent + " does not exist");
        }
        JudgmentImport imported = HmixMixingFactorImporter.read(input, ProgressMonitor.NULL);
        if (imported.entries().isEmpty()) {
            throw new IllegalArgumentException(imported.source() + ": no mixing-factor answers (trial_type "
                    + HmixMixingFactorImporter.TRIAL_TYPE + "); rows by trial_type: " + imported.skippedByType());
        }
        List<SourcedJudgment> invalid = imported.invalid();
        if (!invalid.isEmpty()) {
            throw new IllegalArgumentException(invalid.get(0).where() + ": " + String.join("; ",
                    invalid.get(0).errors()) + (invalid.size() > 1 ? " (and " + (invalid.size() - 1)
                            + " more invalid answers)" : ""));
        }
        List<MixingFactorSummary> summaries = MixingFactorSummary.summarise(imported.judgments(), !noRepeats);
        boolean csv = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (csv) {
            writeCsv(out, summaries);
        } else {
            writeJson(out, summaries);
        }
        long undefined = summaries.stream().filter(s -> Double.isNaN(s.confidenceWeightedMean())).count();
        spec.commandLine().getErr().println("mixing-summary: " + summaries.size() + " stimuli from "
                + imported.entries().size() + " answers by " + imported.annotators().size() + " participants"
                + (noRepeats ? " (repeat trials left out)" : "")
                + (undefined > 0 ? "; " + undefined + " stimuli have only zero confidences (weighted mean null)" : "")
                + " -> " + out);
        return 0;
    }

    static void writeJson(Path file, List<MixingFactorSummary> summaries) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (MixingFactorSummary s : summaries) {
                g.writeObjectFieldStart(s.stimulus());
                number(g, "true_lambda", s.trueLambda());
                g.writeNumberField("n", s.count());
                g.writeArrayFieldStart("perceived_lambdas");
                for (double l : s.perceivedLambdas()) {
                    g.writeNumber(l);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("confidences");
                for (double c : s.confidences()) {
                    g.writeNumber(c);
                }
                g.writeEndArray();
                number(g, "mean", s.mean());
                number(g, "std", s.std());
                number(g, "confidence_weighted_mean", s.confidenceWeightedMean());
                number(g, "weighted_relabel", s.weightedRelabel());
                number(g, "relabel_diff", s.relabelDiff());
                number(g, "weighted_relabel_diff", s.weightedRelabelDiff());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    static void writeCsv(Path file, List<MixingFactorSummary> summaries) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(w);
            csv.writeRow(List.of("stimulus", "true_lambda", "n", "mean", "std", "confidence_weighted_mean",
                    "weighted_relabel", "relabel_diff", "weighted_relabel_diff", "perceived_lambdas", "confidences"));
            for (MixingFactorSummary s : summaries) {
                List<String> row = new ArrayList<>();
                row.add(s.stimulus());
                row.add(text(s.trueLambda()));
                row.add(Integer.toString(s.count()));
                row.add(text(s.mean()));
                row.add(text(s.std()));
                row.add(text(s.confidenceWeightedMean()));
                row.add(text(s.weightedRelabel()));
                row.add(text(s.relabelDiff()));
                row.add(text(s.weightedRelabelDiff()));
                row.add(joined(s.perceivedLambdas()));
                row.add(joined(s.confidences()));
                csv.writeRow(row);
            }
        }
    }

    /** Java's shortest round-trip form, or empty for NaN (undefined). */
    private static String text(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** Values separated by semicolons, so the list stays one CSV field. */
    private static String joined(List<Double> values) {
        StringJoiner j = new StringJoiner(";");
        for (double v : values) {
            j.add(Double.toString(v));
        }
        return j.toString();
    }
}
