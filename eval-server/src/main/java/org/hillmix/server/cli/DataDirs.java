package org.hillmix.server.cli;

import java.nio.file.Path;

/** Where the evaluation server keeps its database and data sets unless {@code --data-dir} says otherwise. */
final class DataDirs {

    private DataDirs() {
    }

    /** {@code ~/.hillmix/server}. */
    static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".hillmix", "server");
    }

    /** {@code dir}, or the default when null. */
    static Path orDefault(Path dir) {
        return dir == null ? defaultDir() : dir;
    }
}
