package org.hillmix.core.io;

/** How a judgment journal reader treats bad lines other than a truncated last line. */
public enum JournalReadMode {
    /** The first bad line is an error naming file and line. */
    STRICT,
    /** Bad lines are skipped and collected as {@link JournalProblem}s; every good line is read. */
    LENIENT
}
