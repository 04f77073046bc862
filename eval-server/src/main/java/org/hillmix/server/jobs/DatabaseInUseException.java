package org.hillmix.server.jobs;

import java.io.IOException;
import java.nio.file.Path;

/** Another process holds the server database (H2's file lock), normally a running {@code hillmix serve}. */
public final class DatabaseInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /** The database in {@code directory} is held by another process. */
    public DatabaseInUseException(Path directory) {
        super("the server database in " + directory + " is in use by another process (a running 'hillmix serve' "
                + "on this data directory?)");
        this.directory = directory;
    }

    /** The database folder. */
    public Path directory() {
        return directory;
    }
}
