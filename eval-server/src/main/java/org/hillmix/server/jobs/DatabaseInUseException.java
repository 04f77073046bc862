package org.hillmix.server.jobs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another process holds the server database (H2's file lock, or on PostgreSQL another server's advisory lock),
 * normally a running {@code hillmix serve}.
 */
public final class DatabaseInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /** Another server holds a shared database; {@code message} says which. */
    public DatabaseInUseException(String message, Path directory) {
        super(message);
        this.directory = directory;
    }

    /** The database in {@code directory} is held by another process. */
    public DatabaseInUseException(Path directory) {
        super("the server database in " + directory + " is in use by another process (a running 'hillmix serve' "
                + "on this data directory?)");
        this.directory = directory;
    }

    /** The database folder; null for a shared database. */
    public Path directory() {
        return directory;
    }
}
