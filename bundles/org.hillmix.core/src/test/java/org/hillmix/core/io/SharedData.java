package org.hillmix.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared real data sets ({@code ../shared/data} beside the clone, or system property
 * {@code hillmix.shared.data}) for this module's tests, and decides what a test does when they are missing: under
 * {@code CI=true} it fails (a CI run must never pass by skipping what it could not check), elsewhere it is skipped
 * with a message naming the missing path (a plain clone without the data still builds).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder: system property {@code hillmix.shared.data}, else {@code ../../../shared/data}. */
    public static Path dir() {
        String p = System.getProperty("hillmix.shared.data");
        // surefire runs in the module folder (bundles/org.hillmix.core); the data lies beside the project root
        return p != null ? Path.of(p) : Path.of("../../../shared/data");
    }

    /** The file {@code relative} under the shared folder; {@link #missing} when it is absent. */
    public static Path require(String relative) {
        Path f = dir().resolve(relative);
        if (!Files.isRegularFile(f)) {
            missing("shared data file " + f.toAbsolutePath());
        }
        return f;
    }

    /** The folder {@code relative} under the shared folder; {@link #missing} when it is absent. */
    public static Path requireDir(String relative) {
        Path d = dir().resolve(relative);
        if (!Files.isDirectory(d)) {
            missing("shared data folder " + d.toAbsolutePath());
        }
        return d;
    }

    /**
     * Ends the calling test because {@code what} is missing: a failure under {@code CI=true}, a skip otherwise.
     *
     * @param what the missing thing, with its path
     */
    public static void missing(String what) {
        missing(what, System::getenv);
    }

    static void missing(String what, UnaryOperator<String> environment) {
        if ("true".equalsIgnoreCase(environment.apply("CI"))) {
            Assertions.fail(what + " not found, and CI=true: tests that need ../shared/data fail without it"
                    + " (put the data beside the clone or point -Dhillmix.shared.data at it)");
        }
        Assumptions.abort(what + " not found: skipping");
    }
}
