package org.hillmix.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Reads a dataset listed in an index CSV such as the shared CIFAR-10 test subset's
 * {@code index.csv}:
 *
 * <pre>
 * test_index,label,label_id,file
 * 0,cat,3,images/00000.png
 * </pre>
 *
 * Columns (by name, any order, others ignored):
 * <ul>
 * <li>{@code file} (required): the image path, relative to the CSV's folder (or absolute);</li>
 * <li>{@code label} (class name) and/or {@code label_id} (class index); at least one;</li>
 * <li>{@code test_index} or {@code id}: the item id; without them the file name without extension.</li>
 * </ul>
 * Classes: a given {@link ClassSet}; otherwise, with both label columns, the names by index
 * (indices must be 0..k-1 and consistent); with {@code label} only, the sorted names; with
 * {@code label_id} only, the indices as names. Errors name the CSV file, line and column, or
 * the image file.
 */
public final class IndexCsvReader {

    private IndexCsvReader() {
    }

    /** One CSV row, parsed. */
    private record Entry(String id, String label, int labelId, Path file, String where) {
    }

    /**
     * The image files the CSV lists (column {@code file}, resolved against the CSV's folder), in row order, without
     * reading them: what has to travel with the CSV when it is uploaded.
     *
     * @throws IOException when the CSV cannot be read, has no {@code file} column or a row has an empty path
     */
    public static List<Path> listedFiles(Path csv) throws IOException {
        Path base = csv.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        try (CsvTable t = CsvTable.open(csv)) {
            t.requireColumns("file");
            for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                String file = r.get("file").strip();
                if (file.isEmpty()) {
                    throw new IOException(r.where("file") + ": empty file path");
                }
                out.add(base.resolve(file).normalize());
            }
        }
        return out;
    }

    /**
     * Reads the CSV and decodes every image it lists.
     *
     * @param csv the index file
     * @param classes the class set, or {@code null} to derive it (see the class comment)
     * @param monitor progress (one unit per image) and cancellation
     */
    public static InMemoryImageDataset read(Path csv, ClassSet classes, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        if (!Files.isRegularFile(csv)) {
            throw new IOException("index file " + csv + " does not exist or is not a file");
        }
        Path base = csv.toAbsolutePath().getParent();
        List<Entry> entries = new ArrayList<>();
        boolean hasLabel;
        boolean hasLabelId;
        try (CsvTable t = CsvTable.open(csv)) {
            t.requireColumns("file");
            hasLabel = t.has("label");
            hasLabelId = t.has("label_id");
            if (!hasLabel && !hasLabelId) {
                throw new IOException(t.source() + ": needs a 'label' (class name) or 'label_id' (class index)"
                        + " column; header is " + t.header());
            }
            String idColumn = t.has("test_index") ? "test_index" : t.has("id") ? "id" : null;
            for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                String file = r.get("file").strip();
                if (file.isEmpty()) {
                    throw new IOException(r.where("file") + ": empty file path");
                }
                Path p = base.resolve(file);
                String id = idColumn == null ? ImageFolderReader.stem(p.getFileName().toString())
                        : r.get(idColumn).strip();
                if (id.isEmpty()) {
                    throw new IOException(r.where(idColumn) + ": empty id");
                }
                int labelId = -1;
                if (hasLabelId) {
                    String v = r.get("label_id").strip();
                    try {
                        labelId = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IOException(r.where("label_id") + ": '" + v + "' is not a class index (an integer)");
                    }
                    if (labelId < 0) {
                        throw new IOException(r.where("label_id") + ": class index " + labelId + " is negative");
                    }
                }
                String label = hasLabel ? r.get("label").strip() : null;
                if (hasLabel && label.isEmpty()) {
                    throw new IOException(r.where("label") + ": empty class name");
                }
                entries.add(new Entry(id, label, labelId, p, r.where()));
            }
        }
        if (entries.isEmpty()) {
            throw new IOException(csv.getFileName() + ": lists no images");
        }
        ClassSet cs = classes != null ? classes : deriveClasses(entries, hasLabel, hasLabelId, csv);

        pm.begin("Reading images listed in " + csv.getFileName(), entries.size());
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(cs);
        for (Entry e : entries) {
            pm.checkCancelled();
            int label = resolveLabel(e, cs);
            if (!Files.isRegularFile(e.file)) {
                throw new IOException(e.where + ": image file " + e.file + " not found");
            }
            try {
                b.add(e.id, label, ImageCodec.read(e.file));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(e.where + ": " + ex.getMessage(), ex);
            }
            pm.worked(1);
        }
        pm.done();
        return b.build();
    }

    private static int resolveLabel(Entry e, ClassSet cs) throws IOException {
        if (e.label != null) {
            if (!cs.contains(e.label)) {
                throw new IOException(e.where + ", column 'label': '" + e.label + "' is not one of the classes "
                        + cs.names());
            }
            int byName = cs.indexOf(e.label);
            if (e.labelId >= 0 && e.labelId != byName) {
                throw new IOException(e.where + ": label '" + e.label + "' is class " + byName + " but label_id says "
                        + e.labelId);
            }
            return byName;
        }
        if (e.labelId >= cs.size()) {
            throw new IOException(e.where + ", column 'label_id': class index " + e.labelId + " is not below the "
                    + cs.size() + " classes " + cs.names());
        }
        return e.labelId;
    }

    private static ClassSet deriveClasses(List<Entry> entries, boolean hasLabel, boolean hasLabelId, Path csv)
            throws IOException {
        if (hasLabel && hasLabelId) {
            TreeMap<Integer, String> names = new TreeMap<>();
            for (Entry e : entries) {
                String prev = names.putIfAbsent(e.labelId, e.label);
                if (prev != null && !prev.equalsIgnoreCase(e.label)) {
                    throw new IOException(e.where + ": label_id " + e.labelId + " is '" + e.label + "' here but '"
                            + prev + "' earlier");
                }
            }
            if (names.lastKey() != names.size() - 1) {
                throw new IOException(csv.getFileName() + ": class indices " + names.keySet() + " are not 0.."
                        + (names.size() - 1) + "; give the class set explicitly");
            }
            return ClassSet.of(new ArrayList<>(names.values()));
        }
        if (hasLabel) {
            TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            entries.forEach(e -> names.add(e.label));
            return ClassSet.of(new ArrayList<>(names));
        }
        int max = entries.stream().mapToInt(Entry::labelId).max().orElse(0);
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= Math.max(max, 1); i++) {
            names.add(Integer.toString(i));
        }
        return ClassSet.of(names);
    }
}
