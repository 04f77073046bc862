package org.hillmix.core.internal.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Undoes a failed or cancelled write: deletes the files a run created, then its folders, deepest first. */
public final class RollBack {

    private RollBack() {
    }

    /**
     * Deletes {@code files}, then those of {@code dirs} that are empty (deepest first), ignoring errors:
     * the failure that caused the roll-back matters more.
     */
    public static void delete(Collection<Path> files, Collection<Path> dirs) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort
            }
        }
        List<Path> sorted = new ArrayList<>(dirs);
        sorted.sort((a, b) -> b.toAbsolutePath().getNameCount() - a.toAbsolutePath().getNameCount());
        for (Path d : sorted) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                // not empty or not deletable: leave it
            }
        }
    }
}
