package org.hillmix.core.io;

import java.util.Objects;

/**
 * A line of a judgment journal that could not be read.
 *
 * @param source the file name
 * @param line 1-based line number
 * @param message what is wrong
 */
public record JournalProblem(String source, long line, String message) {

    /** Checks the fields. */
    public JournalProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** {@code "<file> line <n>: <message>"}. */
    @Override
    public String toString() {
        return source + " line " + line + ": " + message;
    }
}
