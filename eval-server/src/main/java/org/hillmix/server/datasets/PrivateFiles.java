package org.hillmix.server.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owner-only permissions for the server's data: folders 0700, files 0600, on file systems with POSIX permissions
 * (elsewhere, e.g. Windows, the folder's inherited ACL applies and nothing is changed). Existing folders are
 * tightened too: the data directory holds token hashes, reports and uploaded images.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} (and missing parents) if needed and makes it 0700. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, FOLDER);
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here
        }
        return dir;
    }

    /** Makes every regular file directly in {@code dir} 0600. */
    public static void filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.setPosixFilePermissions(f, FILE);
                    } catch (UnsupportedOperationException e) {
                        return;
                    }
                }
            }
        }
    }
}
