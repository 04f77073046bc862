package org.hillmix.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the UI tests need from outside the bundle (the shared research data {@code ../shared/data}, system property
 * {@code hillmix.shared.data}; the built evaluation server), and what a test does when it is missing: under
 * {@code CI=true} it fails (a CI run must never pass by skipping what it could not check), elsewhere it is skipped
 * with a message naming the missing path. (Without a display the tests cannot start at all: the {@code no-display}
 * profile of this module skips them, and fails the build under {@code CI=true}.)
 */
final class Prerequisites {

    private Prerequisites() {
    }

    /** The shared data folder (system property {@code hillmix.shared.data}, set by the pom). */
    static Path sharedData() {
        return Path.of(System.getProperty("hillmix.shared.data", "../../../shared/data"));
    }

    /** The file {@code relative} under the shared data folder; {@link #missing} when it is absent. */
    static Path sharedFile(String relative) {
        Path f = sharedData().resolve(relative);
        if (!Files.isRegularFile(f)) {
            missing("shared data file " + f.toAbsolutePath());
        }
        return f;
    }

    /**
     * The folder {@code relative} under the shared data folder, for a test that can also run on generated
     * stand-ins: empty when it is absent, except under {@code CI=true}, where its absence fails the test.
     */
    static Optional<Path> sharedDirIfPresent(String relative) {
        Path d = sharedData().resolve(relative);
        if (Files.isDirectory(d)) {
            return Optional.of(d);
        }
        if (isCi(System::getenv)) {
            missing("shared data folder " + d.toAbsolutePath());
        }
        return Optional.empty();
    }

    /** The file named by system property {@code property} (set by the pom); {@link #missing} when it is absent. */
    static Path builtFile(String property, String what) {
        Path f = Path.of(System.getProperty(property, "missing"));
        if (!Files.isRegularFile(f)) {
            missing(what + " (system property " + property + ") at " + f.toAbsolutePath());
        }
        return f;
    }

    /**
     * Ends the calling test because {@code what} is missing: a failure under {@code CI=true}, a skip otherwise.
     *
     * @param what the missing thing, with its path
     */
    static void missing(String what) {
        missing(what, System::getenv);
    }

    static void missing(String what, UnaryOperator<String> environment) {
        if (isCi(environment)) {
            Assertions.fail(what + " not found, and CI=true: a CI run fails instead of skipping this test");
        }
        Assumptions.abort(what + " not found: skipping");
    }

    private static boolean isCi(UnaryOperator<String> environment) {
        return "true".equalsIgnoreCase(environment.apply("CI"));
    }
}
