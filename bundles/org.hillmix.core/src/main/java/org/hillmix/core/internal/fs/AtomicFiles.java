package org.hillmix.core.internal.fs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers (and a cancelled or crashed writer) never leave a half-written
 * file under the final name: the bytes go to a hidden temporary file in the same folder
 * ({@code .<name>.tmp}), which is then moved over the target in one step.
 *
 * <p>{@link #writeDurably} also survives a power cut: the temporary file is forced to the device before the move,
 * and the folder after it, so that the name never points at data still in the page cache. Use it for files a
 * user is told about (reports); the plain {@link #write} suits files that can be made again (stimuli).
 */
public final class AtomicFiles {

    /** Suffix of the temporary files. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** What to write into the stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} atomically, replacing it. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code content} to {@code target} atomically, replacing it; on failure the target is unchanged. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /** Writes {@code bytes} to {@code target} atomically and durably (see the class comment), replacing it. */
    public static void writeDurably(Path target, byte[] bytes) throws IOException {
        writeDurably(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code content} to {@code target} atomically and durably: when this returns, the new content is on
     * the device under {@code target}'s name; on failure the target is unchanged.
     */
    public static void writeDurably(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static final List<Consumer<Path>> FORCE_OBSERVERS = new CopyOnWriteArrayList<>();

    /**
     * Tells {@code observer} of every file and folder {@link #writeDurably} forces, until the returned handle is
     * closed. For tests: a kill test cannot see a missing force (the page cache survives the process), so tests
     * check that the force happens.
     */
    public static AutoCloseable observeForces(Consumer<Path> observer) {
        FORCE_OBSERVERS.add(observer);
        return () -> FORCE_OBSERVERS.remove(observer);
    }

    private static void write(Path target, Content content, boolean durable) throws IOException {
        Path tmp = tempFor(target);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024)) {
                content.writeTo(out);
                out.flush();
                if (durable) {
                    ch.force(true);
                    FORCE_OBSERVERS.forEach(o -> o.accept(tmp));
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems cannot rename atomically; a plain replace is the best they offer
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durable) {
                forceFolder(target.toAbsolutePath().getParent());
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Forces a folder (its entries: the rename) to the device, where the platform can open folders. */
    private static void forceFolder(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
            FORCE_OBSERVERS.forEach(o -> o.accept(dir));
        } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException e) {
            // Windows cannot open a folder as a channel; there the move is as durable as the platform makes it
        }
    }

    /** The temporary file used for {@code target}. */
    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
    }
}
