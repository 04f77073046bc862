package org.hillmix.rcp.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Options of the standalone workbench read from the application arguments, falling back to system properties.
 *
 * @param smokeReport      where the smoke test writes its report; empty for a normal interactive start
 * @param smokeScreenshot  where the smoke test saves a PNG of the window; empty for none
 */
public record StartupOptions(Optional<Path> smokeReport, Optional<Path> smokeScreenshot) {

    /** Argument naming the smoke-test report file. */
    public static final String ARG_SMOKE_TEST = "--smoke-test";
    /** Argument naming the smoke-test screenshot. */
    public static final String ARG_SMOKE_SCREENSHOT = "--smoke-screenshot";
    /** System property equivalent of {@link #ARG_SMOKE_TEST}. */
    public static final String PROPERTY_SMOKE_TEST = "hillmix.smokeTest";
    /** System property equivalent of {@link #ARG_SMOKE_SCREENSHOT}. */
    public static final String PROPERTY_SMOKE_SCREENSHOT = "hillmix.smokeScreenshot";

    /**
     * Reads the options. Unknown arguments are ignored: the launcher passes some of its own through.
     *
     * @param args       application arguments (may be null)
     * @param properties system property lookup
     * @return the options
     * @throws IllegalArgumentException when an option lacks its value
     */
    public static StartupOptions parse(String[] args, UnaryOperator<String> properties) {
        String report = properties.apply(PROPERTY_SMOKE_TEST);
        String screenshot = properties.apply(PROPERTY_SMOKE_SCREENSHOT);
        if (args != null) {
            for (int i = 0; i < args.length; i++) {
                if (ARG_SMOKE_TEST.equals(args[i]) || ARG_SMOKE_SCREENSHOT.equals(args[i])) {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new IllegalArgumentException(args[i] + " needs a file name after it,"
                                + " e.g. " + args[i] + " target/smoke-report.txt");
                    }
                    if (ARG_SMOKE_TEST.equals(args[i])) {
                        report = args[++i];
                    } else {
                        screenshot = args[++i];
                    }
                }
            }
        }
        return new StartupOptions(toPath(report), toPath(screenshot));
    }

    private static Optional<Path> toPath(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
