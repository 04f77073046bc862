package org.hillmix.core.coverage;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hillmix.core.data.LabeledImageDataset;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.internal.csv.CsvWriter;
import org.hillmix.core.internal.fs.AtomicFiles;
import org.hillmix.core.mixup.ImagePair;

/**
 * The pairs file: UTF-8 CSV with the header {@link #HEADER} and one row per proposed pair, best
 * first: {@code rank} (1-based), the two items' ids and class names (item 1 gets weight lambda when
 * mixed), the {@code strategy} ({@code gaps} or {@code disagreement}), its {@code score} and the
 * {@code gap_cells} the interpolation path crosses. {@code hillmix stimuli --pairs-file} reads the
 * {@code id1} and {@code id2} columns of any CSV that has them.
 */
public final class PairsCsv {

    /** The header. */
    public static final List<String> HEADER = List.of("rank", "id1", "class1", "id2", "class2", "strategy", "score",
            "gap_cells");

    private PairsCsv() {
    }

    /** Two item ids to mix, as read from a pairs file, with the line they came from. */
    public record IdPair(String id1, String id2, String where) {
    }

    /**
     * The pairs as item indices of {@code dataset}.
     *
     * @throws IllegalArgumentException naming the line of an id that is not in the data set
     */
    public static List<ImagePair> resolve(List<IdPair> pairs, LabeledImageDataset dataset) {
        List<ImagePair> out = new ArrayList<>(pairs.size());
        for (IdPair p : pairs) {
            int a = dataset.indexOf(p.id1());
            int b = dataset.indexOf(p.id2());
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException(p.where() + ": id '" + (a < 0 ? p.id1() : p.id2())
                        + "' is not in the data set (" + dataset.size() + " items)");
            }
            out.add(new ImagePair(a, b));
        }
        return out;
    }

    /** Writes {@code pairs} atomically; ids and class names come from the item lists. */
    public static void write(Path file, List<SuggestedPair> pairs, List<String> ids, List<String> classes,
            String strategy) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(w);
            csv.writeRow(HEADER);
            int rank = 1;
            for (SuggestedPair p : pairs) {
                csv.writeRow(List.of(Integer.toString(rank++), ids.get(p.first()), classes.get(p.first()),
                        ids.get(p.second()), classes.get(p.second()), strategy,
                        String.format(Locale.ROOT, "%.6g", p.score()), Integer.toString(p.gapCells())));
            }
            w.flush();
        });
    }

    /**
     * Reads the {@code id1} and {@code id2} columns.
     *
     * @throws IOException naming file and line when a column is missing, an id is empty, or both ids are equal
     */
    public static List<IdPair> read(Path file) throws IOException {
        List<IdPair> out = new ArrayList<>();
        try (CsvTable t = CsvTable.open(file)) {
            t.requireColumns("id1", "id2");
            for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                String a = r.get("id1").strip();
                String b = r.get("id2").strip();
                if (a.isEmpty() || b.isEmpty()) {
                    throw new IOException(r.where(a.isEmpty() ? "id1" : "id2") + ": empty id");
                }
                if (a.equals(b)) {
                    throw new IOException(r.where() + ": id1 and id2 are both '" + a + "'; a pair needs two items");
                }
                out.add(new IdPair(a, b, r.where()));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + ": lists no pairs");
        }
        return out;
    }
}
