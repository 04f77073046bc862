package org.hillmix.core.mixup;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.internal.csv.CsvWriter;
import org.hillmix.core.internal.fs.AtomicFiles;

/**
 * The manifest of a stimulus folder, {@code manifest.csv}: UTF-8 CSV with the header
 * {@code file,id1,class1,id2,class2,lambda} and one row per PNG: its path relative to the folder,
 * the two end points' dataset ids and class names, and lambda written as in the file names
 * ({@link StimulusName#formatLambda(double)}).
 */
public final class StimulusManifest {

    /** The manifest's file name in a stimulus folder. */
    public static final String FILE_NAME = "manifest.csv";
    /** The header line. */
    public static final List<String> HEADER = List.of("file", "id1", "class1", "id2", "class2", "lambda");

    private StimulusManifest() {
    }

    /** Writes {@code stimuli} to {@code file} atomically. */
    public static void write(Path file, List<Stimulus> stimuli) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(w);
            csv.writeRow(HEADER);
            for (Stimulus s : stimuli) {
                csv.writeRow(List.of(s.file(), s.id1(), s.class1(), s.id2(), s.class2(),
                        StimulusName.formatLambda(s.lambda())));
            }
            w.flush();
        });
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException naming file, line and column when a row is invalid
     */
    public static List<Stimulus> read(Path file) throws IOException {
        List<Stimulus> out = new ArrayList<>();
        try (CsvTable t = CsvTable.open(file)) {
            t.requireColumns(HEADER.toArray(String[]::new));
            for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                double lambda;
                try {
                    lambda = Double.parseDouble(r.get("lambda"));
                } catch (NumberFormatException e) {
                    throw new IOException(r.where("lambda") + ": '" + r.get("lambda") + "' is not a number");
                }
                try {
                    out.add(new Stimulus(r.get("file"), r.get("id1"), r.get("class1"), r.get("id2"), r.get("class2"),
                            lambda));
                } catch (IllegalArgumentException e) {
                    throw new IOException(r.where() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** Whether {@code file} exists and starts with the manifest header. */
    static boolean isManifest(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (CsvTable t = CsvTable.open(file)) {
            return t.header().equals(HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
