package org.hillmix.server.eval;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates the shared real data folder for tests, skipping them when it is absent. */
final class SharedData {

    private SharedData() {
    }

    /** The folder, or a skipped test. */
    static Path dir() {
        String prop = System.getProperty("hillmix.shared.data");
        Path dir = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "data");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("cifar10-test-subset")),
                "shared data not found at " + dir.toAbsolutePath() + ": skipping");
        return dir;
    }
}
