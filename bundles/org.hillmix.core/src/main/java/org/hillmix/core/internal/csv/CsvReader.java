package org.hillmix.core.internal.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.internal.fs.InputFiles;

/**
 * Reads RFC 4180 CSV: comma-separated fields, records ended by LF or CRLF, fields optionally
 * enclosed in double quotes, within which commas, line breaks and doubled quotes ({@code ""})
 * stand for themselves. Also accepted: a UTF-8 byte-order mark, a missing line break at the end.
 * Blank lines are skipped. Rejected with a {@link CsvFormatException} naming line and column: a
 * quote inside an unquoted field, text after a closing quote, a quoted field never closed.
 */
public final class CsvReader implements Closeable {

    private final Reader in;
    private final String source;
    private long line = 1;
    private long column;
    private int peeked = -2;
    private boolean started;
    private boolean lastFieldQuoted;

    /**
     * @param in the text; closed by {@link #close()}
     * @param source file name used in error messages
     */
    public CsvReader(Reader in, String source) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
        this.source = source;
    }

    /** Opens a UTF-8 file; errors name it by its file name. */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(InputFiles.newReader(file), file.getFileName().toString());
    }

    /** The file name used in messages. */
    public String source() {
        return source;
    }

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws CsvFormatException when the text is not valid CSV
     * @throws IOException when reading fails
     */
    public CsvRecord next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
                column = 0;
            }
        }
        while (true) {
            if (peek() == -1) {
                return null;
            }
            long startLine = line;
            List<String> fields = readRecordFields();
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !lastFieldQuoted;
            if (!blank) {
                return new CsvRecord(startLine, fields);
            }
        }
    }

    private List<String> readRecordFields() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (true) {
            sb.setLength(0);
            lastFieldQuoted = false;
            int c = read();
            if (c == '"') {
                lastFieldQuoted = true;
                long quoteLine = line;
                long quoteColumn = column;
                while (true) {
                    c = read();
                    if (c == -1) {
                        throw new CsvFormatException(source, quoteLine, quoteColumn,
                                "quoted field is never closed; add the closing double quote");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            sb.append('"');
                        } else {
                            break;
                        }
                    } else {
                        sb.append((char) c);
                    }
                }
                c = read();
                if (c == ',') {
                    fields.add(sb.toString());
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    c = read();
                }
                if (c == '\n' || c == -1 || c == '\r') {
                    fields.add(sb.toString());
                    return fields;
                }
                throw new CsvFormatException(source, line, column, "unexpected character '" + (char) c
                        + "' after a closing quote; a quoted field must be followed by a comma or the end of the line");
            }
            while (true) {
                if (c == ',') {
                    fields.add(sb.toString());
                    break;
                }
                if (c == '\r' && peek() == '\n') {
                    c = read();
                }
                if (c == '\n' || c == -1 || c == '\r') {
                    fields.add(sb.toString());
                    return fields;
                }
                if (c == '"') {
                    throw new CsvFormatException(source, line, column, "double quote inside an unquoted field;"
                            + " enclose the field in double quotes and double the quote (\"\")");
                }
                sb.append((char) c);
                c = read();
            }
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    /** Reads one character, tracking the line and column of the character just read. */
    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == -1) {
            return -1;
        }
        if (c == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
