package org.hillmix.core.internal.csv;

import java.io.IOException;

/** A CSV file that does not follow RFC 4180, with the place of the problem. */
public final class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    /**
     * @param source file name
     * @param line 1-based physical line
     * @param column 1-based character position in that line
     * @param problem what is wrong and how to fix it
     */
    public CsvFormatException(String source, long line, long column, String problem) {
        super(source + " line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** 1-based physical line of the problem. */
    public long line() {
        return line;
    }

    /** 1-based character position of the problem in its line. */
    public long column() {
        return column;
    }
}
