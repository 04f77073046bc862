package org.hillmix.core.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header line: rows are read as {@link Row}s whose fields are looked up by column
 * name. Every data row must have as many fields as the header.
 */
public final class CsvTable implements Closeable {

    private final CsvReader reader;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvTable(CsvReader reader) throws IOException {
        this.reader = reader;
        CsvRecord h = reader.next();
        if (h == null) {
            throw new CsvFormatException(reader.source(), 1, 1, "file is empty; expected a header line");
        }
        this.header = h.fields();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
    }

    /** Opens {@code file} and reads its header. */
    public static CsvTable open(Path file) throws IOException {
        CsvReader r = CsvReader.open(file);
        try {
            return new CsvTable(r);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** Reads the header from {@code reader}. */
    public static CsvTable of(CsvReader reader) throws IOException {
        return new CsvTable(reader);
    }

    /** The file name used in messages. */
    public String source() {
        return reader.source();
    }

    /** Column names in file order. */
    public List<String> header() {
        return header;
    }

    /** Whether the header has {@code column}. */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /**
     * Checks that every named column is in the header.
     *
     * @throws CsvFormatException naming the missing column and the columns found
     */
    public void requireColumns(String... columns) throws CsvFormatException {
        for (String c : columns) {
            if (!index.containsKey(c)) {
                throw new CsvFormatException(source(), 1, 1, "missing column '" + c + "' in the header; found "
                        + header);
            }
        }
    }

    /**
     * The next row, or {@code null} at the end.
     *
     * @throws CsvFormatException when the row is malformed or its field count differs from the header's
     */
    public Row next() throws IOException {
        CsvRecord r = reader.next();
        if (r == null) {
            return null;
        }
        if (r.size() != header.size()) {
            throw new CsvFormatException(source(), r.line(), 1, "row has " + r.size() + " fields but the header has "
                    + header.size() + "; check for an unquoted comma or a missing field");
        }
        return new Row(r);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** One data row. */
    public final class Row {

        private final CsvRecord record;

        private Row(CsvRecord record) {
            this.record = record;
        }

        /** 1-based line on which the row starts. */
        public long line() {
            return record.line();
        }

        /** The value of {@code column}, or {@code ""} when the header has no such column. */
        public String get(String column) {
            Integer i = index.get(column);
            return i == null ? "" : record.field(i);
        }

        /** Field {@code i} (0-based, header order). */
        public String field(int i) {
            return record.field(i);
        }

        /** {@code "<file> line <n>"}, for sources. */
        public String where() {
            return source() + " line " + line();
        }

        /** {@code "<file> line <n>, column '<name>'"}, for error messages. */
        public String where(String column) {
            Integer i = index.get(column);
            return where() + ", column '" + column + "'" + (i == null ? "" : " (field " + (i + 1) + ")");
        }
    }
}
