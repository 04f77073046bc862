package org.hillmix.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch files for the fuzz targets (one folder per JVM, overwritten by each input) and the one property every
 * target checks: a refusal is an exception of the documented kind whose message names the input.
 */
final class FuzzFiles {

    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("hillmix-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(ROOT)));
    }

    private FuzzFiles() {
    }

    /** {@code data} written to the scratch file {@code name}. */
    static Path write(String name, byte[] data) {
        try {
            return Files.write(ROOT.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty scratch folder {@code name} (its old content removed). */
    static Path emptyFolder(String name) {
        Path dir = ROOT.resolve(name);
        delete(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks that a refusal says which input it is about. */
    static void assertNames(Throwable refusal, String... names) {
        String message = refusal.getMessage();
        assertNotNull(message, () -> "refusal without a message: " + refusal);
        boolean named = Stream.of(names).anyMatch(message::contains);
        assertTrue(named, () -> "refusal does not name the input " + String.join(" or ", names) + ": " + message);
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
