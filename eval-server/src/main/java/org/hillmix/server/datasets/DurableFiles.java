package org.hillmix.server.datasets;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Forcing files and folder entries to the storage device, so that what the server has answered "created" survives
 * a crash or a power cut: a rename is only durable once the folder holding the new name is forced, and a file's
 * bytes only once the file is.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    /** Forces every file and folder below {@code top} (and {@code top}) to the device; links are not followed. */
    static void forceTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                        ch.force(true);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                forceFolder(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Forces a folder's entries (names created, renamed or deleted in it) to the device. Skipped where folders
     * cannot be opened as channels (Windows, whose NTFS journals folder changes itself).
     */
    static void forceFolder(Path dir) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            if (Files.isDirectory(dir)) {
                return;
            }
            throw e;
        }
        try (ch) {
            ch.force(true);
        }
    }
}
