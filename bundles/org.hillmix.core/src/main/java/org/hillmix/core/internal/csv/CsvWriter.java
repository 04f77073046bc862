package org.hillmix.core.internal.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: a field is enclosed in double quotes (with inner quotes doubled) when it
 * holds a comma, a quote, a line break or leading/trailing spaces. Records end with LF.
 */
public final class CsvWriter {

    private final Writer out;

    /** Writes to {@code out}; the caller closes it. */
    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record. */
    public void writeRow(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /** The field as it must appear in a CSV file. */
    public static String quote(String field) {
        String f = field == null ? "" : field;
        boolean needs = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                || !f.isEmpty() && (f.charAt(0) == ' ' || f.charAt(f.length() - 1) == ' ');
        return needs ? '"' + f.replace("\"", "\"\"") + '"' : f;
    }
}
