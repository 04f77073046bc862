package org.hillmix.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates the shared real data sets; tests skip when they are absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder: system property {@code hillmix.shared.data}, else {@code ../../../shared/data}. */
    public static Path dir() {
        String p = System.getProperty("hillmix.shared.data");
        // surefire runs in the module folder (bundles/org.hillmix.core); the data lies beside the project root
        return p != null ? Path.of(p) : Path.of("../../../shared/data");
    }

    /** The file {@code relative} under the shared folder; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path dir = dir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir.toAbsolutePath()
                + ": skipping");
        Path f = dir.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(f), "shared data file " + f.toAbsolutePath()
                + " not found: skipping");
        return f;
    }
}
