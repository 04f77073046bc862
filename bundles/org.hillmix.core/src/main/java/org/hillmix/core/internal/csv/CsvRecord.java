package org.hillmix.core.internal.csv;

import java.util.List;

/**
 * One CSV record.
 *
 * @param line 1-based physical line on which the record starts
 * @param fields the field values, unquoted
 */
public record CsvRecord(long line, List<String> fields) {

    /** Copies the fields. */
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** Number of fields. */
    public int size() {
        return fields.size();
    }

    /** Field {@code index} (0-based). */
    public String field(int index) {
        return fields.get(index);
    }
}
