package org.hillmix.server.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.hillmix.core.coverage.CoverageMap;
import org.hillmix.core.coverage.DisagreementPairs;
import org.hillmix.core.coverage.GapPairs;
import org.hillmix.core.coverage.ItemList;
import org.hillmix.core.coverage.PairsCsv;
import org.hillmix.core.coverage.Pca;
import org.hillmix.core.coverage.SuggestedPair;
import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyReader;
import org.hillmix.core.internal.csv.CsvWriter;
import org.hillmix.core.internal.fs.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix pairs}: proposes pairs to mix from a coverage map of per-item embeddings (strategy
 * {@code gaps}) or from where a model's and people's uncertainty disagree ({@code disagreement}),
 * written as a pairs CSV that {@code hillmix stimuli --pairs-file} reads. Definitions:
 * docs/coverage.md.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Propose pairs to mix: pairs whose interpolation crosses empty regions of the embedding map"
                + " (gaps), or pairs where model and human uncertainty disagree most (disagreement).",
            "Output: a pairs CSV for 'hillmix stimuli --pairs-file'. Definitions: docs/coverage.md."})
public final class PairsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--report", paramLabel = "JSON",
            description = "An evaluation report carrying per-item embeddings (not yet: use --embeddings and --items).")
    Path report;

    @Option(names = "--items", paramLabel = "CSV",
            description = "The items, one row per embedding row: columns id (or test_index) and label.")
    Path items;

    @Option(names = "--embeddings", paramLabel = "NPY", description = "Per-item embeddings, an n x d .npy array.")
    Path embeddings;

    @Option(names = "--model-probs", paramLabel = "NPY",
            description = "disagreement: the model's predicted probabilities, n x K .npy.")
    Path modelProbs;

    @Option(names = "--human-probs", paramLabel = "NPY",
            description = "disagreement: the human soft labels, n x K .npy.")
    Path humanProbs;

    @Option(names = "--strategy", required = true, paramLabel = "gaps|disagreement", description = "Ranking.")
    String strategy;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of pairs to propose.")
    int count;

    @Option(names = "--grid", paramLabel = "G",
            description = "gaps: cells per side of the occupancy grid (default: round(sqrt(n / 4)) in 4-32).")
    Integer grid;

    @Option(names = "--min-count", defaultValue = "1", paramLabel = "M",
            description = "gaps: items a cell needs to count as populated (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--map", paramLabel = "CSV",
            description = "gaps: also write the 2-D map (id, label, x, y, cell, and gap cells) to this CSV.")
    Path map;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "The pairs file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String s = strategy.strip().toLowerCase(Locale.ROOT);
        if (!s.equals("gaps") && !s.equals("disagreement")) {
            throw new IllegalArgumentException("unknown --strategy '" + strategy + "'; valid strategies: gaps,"
                    + " disagreement");
        }
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1, got " + count);
        }
        if (report != null) {
            throw new IllegalArgumentException(describeReport(report));
        }
        if (items == null) {
            throw new IllegalArgumentException("--items CSV is required (the items of the embedding or probability"
                    + " rows)");
        }
        ItemList list = ItemList.read(items);
        int[] labels = list.labelIndices();
        List<SuggestedPair> pairs;
        PrintWriter stdout = spec.commandLine().getOut();
        if (s.equals("gaps")) {
            if (embeddings == null) {
                throw new IllegalArgumentException("--strategy gaps needs --embeddings NPY");
            }
            double[][] emb = matrix(embeddings, list.size(), "--embeddings");
            if (list.size() < 3) {
                throw new IllegalArgumentException("--items: a coverage map needs at least 3 items, got " + list.size());
            }
            Pca pca = Pca.fit(emb, Math.min(2, Math.min(list.size() - 1, emb[0].length)));
            double[][] xy = pca.project(emb);
            if (pca.components() == 1) {
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = new double[] {xy[i][0], 0};
                }
            }
            int size = grid == null ? CoverageMap.defaultSize(list.size()) : grid;
            CoverageMap m = CoverageMap.of(xy, size, minCount);
            pairs = GapPairs.rank(m, labels, count);
            if (map != null) {
                writeMap(map, list, m);
            }
            stdout.printf(Locale.ROOT, "pairs: PCA of %d x %d embeddings explains %.1f%% of the variance in 2-D; grid"
                    + " %dx%d, %d gap cells%n", emb.length, emb[0].length,
                    100 * (pca.explained(0) + (pca.components() > 1 ? pca.explained(1) : 0)), size, size,
                    m.gapCells().length);
        } else {
            if (modelProbs == null || humanProbs == null) {
                throw new IllegalArgumentException("--strategy disagreement needs --model-probs NPY and --human-probs NPY");
            }
            double[][] model = matrix(modelProbs, list.size(), "--model-probs");
            double[][] human = matrix(humanProbs, list.size(), "--human-probs");
            pairs = DisagreementPairs.rank(model, human, labels, count);
        }
        PairsCsv.write(out, pairs, list.ids(), list.classes(), s);
        stdout.printf(Locale.ROOT, "pairs: wrote %d pairs (strategy %s%s) to %s%n", pairs.size(), s,
                pairs.size() < count ? "; fewer than the " + count + " asked for" : "", out);
        stdout.flush();
        return 0;
    }

    /** Reads an n x k array whose row count must match the items. */
    private static double[][] matrix(Path file, int rows, String option) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " " + file + ": file not found");
        }
        NpyArray a = NpyReader.read(file);
        if (a.ndim() != 2) {
            throw new IllegalArgumentException(option + " " + file + ": expected a 2-D array (items x values), got"
                    + " shape " + java.util.Arrays.toString(a.shape()));
        }
        if (a.dim(0) != rows) {
            throw new IllegalArgumentException(option + " " + file + ": " + a.dim(0) + " rows but --items lists " + rows
                    + " items");
        }
        return a.asDoubleMatrix();
    }

    /** The specific refusal for a report: what it is and why it cannot be used yet. */
    static String describeReport(Path report) {
        if (!Files.isRegularFile(report)) {
            return "--report " + report + ": file not found";
        }
        String schema;
        try {
            JsonNode root = new ObjectMapper().readTree(report.toFile());
            schema = root.path("schema").asText("(none)");
        } catch (IOException e) {
            return "--report " + report + ": not a JSON report (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        return "--report " + report + ": reports (schema " + schema + ") do not carry per-item embeddings yet; give"
                + " --embeddings NPY and --items CSV instead";
    }

    private static void writeMap(Path file, ItemList list, CoverageMap m) throws IOException {
        AtomicFiles.write(file, o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(w);
            csv.writeRow(List.of("id", "label", "x", "y", "cell", "cell_gap"));
            for (int i = 0; i < list.size(); i++) {
                double[] p = m.point(i);
                csv.writeRow(List.of(list.ids().get(i), list.classes().get(i), Double.toString(p[0]),
                        Double.toString(p[1]), Integer.toString(m.cellOf(i)), "false"));
            }
            for (int c : m.gapCells()) {
                double[] b = m.cellBounds(c);
                csv.writeRow(List.of("", "", Double.toString(b[0] + b[2] / 2), Double.toString(b[1] + b[3] / 2),
                        Integer.toString(c), "true"));
            }
            w.flush();
        });
    }
}
