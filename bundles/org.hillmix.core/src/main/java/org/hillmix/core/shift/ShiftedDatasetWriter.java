package org.hillmix.core.shift;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageFolderReader;
import org.hillmix.core.data.IndexCsvReader;
import org.hillmix.core.data.LabeledImageDataset;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.internal.csv.CsvWriter;
import org.hillmix.core.internal.fs.AtomicFiles;
import org.hillmix.core.internal.fs.RollBack;
import org.hillmix.core.progress.ProgressMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a shifted copy of a data set in the source's own layout, so that the same reader reads it
 * with the same ids and labels:
 * <ul>
 * <li>an image folder {@code DIR/<class>/<file>} becomes {@code OUT/<class>/<stem>.png};</li>
 * <li>an index CSV becomes {@code OUT/<same name>.csv} with every column kept and each row's image
 * at its relative path with the extension {@code .png} (paths must lie inside the CSV's folder).</li>
 * </ul>
 * Images are written as 8-bit PNG (a lossy format would add a shift of its own). Item {@code id}
 * is shifted with seed {@link ShiftSeeds#itemSeed(long, String)}, as in {@link ShiftedDataset}.
 * {@code shift.json} (shift, severity, seed, parameters, source) is written last and marks a
 * complete copy; a failed or cancelled run removes the files it created.
 */
public final class ShiftedDatasetWriter {

    /** The provenance file written last into the output folder. */
    public static final String PROVENANCE = "shift.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ShiftedDatasetWriter() {
    }

    /** What was written. */
    public record Result(int images, Path index) {
    }

    /**
     * Shifts {@code source} (an image folder or an index CSV) into {@code outDir}.
     *
     * @param overwrite whether a non-empty output folder may be written into
     * @throws IOException when the source cannot be read, the output folder is refused, or writing fails
     * @throws IllegalArgumentException when the severity is not 1-5 or an index row's path leaves its folder
     */
    public static Result write(Path source, ImageShift shift, int severity, long seed, Path outDir, boolean overwrite,
            ProgressMonitor monitor) throws IOException {
        ShiftSuite.checkSeverity(severity);
        checkOutput(source, outDir, overwrite);
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Shifting " + source.getFileName() + " by " + shift.name() + " " + severity, 10);
        boolean folder = Files.isDirectory(source);
        // an index's paths are checked before any image is decoded
        CsvCopy csv = folder ? null : CsvCopy.read(source);
        LabeledImageDataset data = folder ? ImageFolderReader.read(source, null, pm.split(3))
                : IndexCsvReader.read(source, null, pm.split(3));
        List<String> targets = new ArrayList<>(data.size());
        if (folder) {
            for (int i = 0; i < data.size(); i++) {
                targets.add(data.id(i) + ".png"); // ids are <class folder>/<stem>
            }
        } else {
            if (csv.rows.size() != data.size()) {
                throw new IOException(source + " changed while it was read (" + csv.rows.size() + " rows, then "
                        + data.size() + " images)");
            }
            targets.addAll(csv.targets);
        }
        List<Path> created = new ArrayList<>();
        Set<Path> createdDirs = new LinkedHashSet<>();
        boolean ok = false;
        ProgressMonitor images = pm.split(7);
        images.begin("Writing shifted images", data.size());
        try {
            if (!Files.exists(outDir)) {
                Files.createDirectories(outDir);
                createdDirs.add(outDir);
            }
            for (int i = 0; i < data.size(); i++) {
                images.checkCancelled();
                Path target = outDir.resolve(targets.get(i));
                Path dir = target.getParent();
                if (!Files.isDirectory(dir)) {
                    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
                        createdDirs.add(d);
                    }
                    Files.createDirectories(dir);
                }
                boolean existed = Files.exists(target);
                AtomicFiles.write(target, ImageCodec.encodePng(
                        shift.apply(data.image(i), severity, ShiftSeeds.itemSeed(seed, data.id(i)))));
                if (!existed) {
                    created.add(target);
                }
                images.worked(1);
            }
            images.checkCancelled();
            Path index = null;
            if (csv != null) {
                index = outDir.resolve(source.getFileName().toString());
                if (!Files.exists(index)) {
                    created.add(index);
                }
                csv.write(index);
            }
            Path provenance = outDir.resolve(PROVENANCE);
            if (!Files.exists(provenance)) {
                created.add(provenance);
            }
            writeProvenance(provenance, source, shift, severity, seed, data.size());
            ok = true;
            images.done();
            pm.done();
            return new Result(data.size(), index);
        } finally {
            if (!ok) {
                RollBack.delete(created, createdDirs);
            }
        }
    }

    /**
     * Checks, without changing anything, that {@link #write} may write into {@code outDir}.
     *
     * @throws IOException saying why the folder is refused
     */
    public static void checkOutput(Path source, Path outDir, boolean overwrite) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException("data " + source + " not found; give an image folder (DIR/<class>/<image>) or an"
                    + " index CSV");
        }
        Path src = (Files.isDirectory(source) ? source : source.toAbsolutePath().getParent()).toAbsolutePath()
                .normalize();
        Path out = outDir.toAbsolutePath().normalize();
        if (out.startsWith(src) || src.startsWith(out)) {
            throw new IOException("output folder " + outDir + " overlaps the data's folder " + src
                    + "; write the shifted copy to a separate folder");
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IOException("output " + outDir + " exists and is not a folder");
        }
        if (!Files.isDirectory(outDir) || overwrite) {
            return;
        }
        try (Stream<Path> s = Files.list(outDir)) {
            Path first = s.findFirst().orElse(null);
            if (first != null) {
                throw new IOException("output folder " + outDir + " is not empty (e.g. '" + first.getFileName()
                        + "'); choose an empty or new folder, or allow writing into it (--force)");
            }
        }
    }

    private static void writeProvenance(Path file, Path source, ImageShift shift, int severity, long seed, int images)
            throws IOException {
        Map<String, Object> p = record(shift, severity, seed);
        p.put("data", source.toAbsolutePath().normalize().toString());
        p.put("images", images);
        AtomicFiles.write(file, JSON.writeValueAsBytes(p));
    }

    private static Map<String, Object> record(ImageShift shift, int severity, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("shift", shift.name());
        p.put("severity", severity);
        p.put("seed", seed);
        p.put("parameters", shift.parameters(severity));
        p.put("source", shift.source());
        return p;
    }

    /**
     * Writes the provenance record of images made from {@code data} (shift, severity, seed,
     * parameters, source) plus {@code extra} entries, atomically; stimulus folders of shifted
     * images carry one too.
     */
    public static void writeProvenance(Path file, ShiftedDataset data, Map<String, Object> extra) throws IOException {
        Map<String, Object> p = record(data.shift(), data.severity(), data.seed());
        p.putAll(extra);
        AtomicFiles.write(file, JSON.writeValueAsBytes(p));
    }

    /** Whether {@code file} is a provenance record that a stimulus run wrote (it has a {@code stimuli} entry). */
    public static boolean isStimuliProvenance(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return JSON.readTree(file.toFile()).has("stimuli");
        } catch (IOException e) {
            return false;
        }
    }

    /** An index CSV's rows, copied with the {@code file} column pointing at the shifted PNGs. */
    private static final class CsvCopy {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> targets = new ArrayList<>();

        private CsvCopy(List<String> header) {
            this.header = header;
        }

        static CsvCopy read(Path csv) throws IOException {
            try (CsvTable t = CsvTable.open(csv)) {
                CsvCopy copy = new CsvCopy(t.header());
                int fileColumn = t.header().indexOf("file");
                Map<String, Long> lineOf = new HashMap<>();
                for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                    String file = r.get("file").strip();
                    String target = target(file, r.where("file"));
                    Long previous = lineOf.putIfAbsent(target, r.line());
                    if (previous != null) {
                        throw new IOException(r.where("file") + ": '" + file + "' gives the same shifted file " + target
                                + " as line " + previous + "; a shifted copy needs one image file per row");
                    }
                    List<String> fields = new ArrayList<>(t.header().size());
                    for (int i = 0; i < t.header().size(); i++) {
                        fields.add(i == fileColumn ? target : r.field(i));
                    }
                    copy.rows.add(fields);
                    copy.targets.add(target);
                }
                return copy;
            }
        }

        /** The row's relative path with extension {@code .png}, forward slashes. */
        static String target(String file, String where) {
            String f = file.replace('\\', '/');
            Path p = Path.of(f).normalize();
            if (p.isAbsolute() || p.startsWith("..") || f.startsWith("/")) {
                throw new IllegalArgumentException(where + ": '" + file + "' is not inside the index's folder; a shifted"
                        + " copy keeps each image at its relative path under the output folder");
            }
            String s = p.toString().replace('\\', '/');
            int slash = s.lastIndexOf('/');
            int dot = s.lastIndexOf('.');
            return (dot > slash + 1 ? s.substring(0, dot) : s) + ".png";
        }

        void write(Path target) throws IOException {
            AtomicFiles.write(target, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvWriter csv = new CsvWriter(w);
                csv.writeRow(header);
                for (List<String> r : rows) {
                    csv.writeRow(r);
                }
                w.flush();
            });
        }
    }
}
