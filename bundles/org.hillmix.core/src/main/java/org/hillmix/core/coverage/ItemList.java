package org.hillmix.core.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.internal.csv.CsvTable;

/**
 * The items whose embeddings or probabilities a coverage input lists, in row order: a CSV with an
 * {@code id} (or {@code test_index}) column and a {@code label} (class name) column, e.g. a data
 * set's {@code index.csv}; other columns are ignored.
 *
 * @param ids the item ids, unique
 * @param classes each item's class name
 */
public record ItemList(List<String> ids, List<String> classes) {

    /** Copies the lists. */
    public ItemList {
        ids = List.copyOf(ids);
        classes = List.copyOf(classes);
        if (ids.size() != classes.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + classes.size() + " classes");
        }
    }

    /**
     * Reads the list.
     *
     * @throws IOException naming file, line and column for a missing column, an empty or repeated id,
     *             or an empty class name
     */
    public static ItemList read(Path csv) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        try (CsvTable t = CsvTable.open(csv)) {
            String idColumn = t.has("id") ? "id" : "test_index";
            t.requireColumns(idColumn, "label");
            Set<String> seen = new HashSet<>();
            for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                String id = r.get(idColumn).strip();
                String label = r.get("label").strip();
                if (id.isEmpty()) {
                    throw new IOException(r.where(idColumn) + ": empty id");
                }
                if (!seen.add(id)) {
                    throw new IOException(r.where(idColumn) + ": id '" + id + "' appears twice");
                }
                if (label.isEmpty()) {
                    throw new IOException(r.where("label") + ": empty class name");
                }
                ids.add(id);
                classes.add(label);
            }
        }
        if (ids.isEmpty()) {
            throw new IOException(csv + ": lists no items");
        }
        return new ItemList(ids, classes);
    }

    /** Number of items. */
    public int size() {
        return ids.size();
    }

    /** Each item's class as an index in order of first appearance (for class comparisons). */
    public int[] labelIndices() {
        Map<String, Integer> index = new HashMap<>();
        int[] out = new int[classes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.computeIfAbsent(classes.get(i), c -> index.size());
        }
        return out;
    }
}
