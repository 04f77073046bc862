package org.hillmix.core.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.hillmix.core.protocol.Judgment;

/**
 * Appends judgments to a JSON Lines journal ({@link JudgmentJsonl}), one line each.
 *
 * <p>With {@link Durability#FSYNC_EACH} every {@link #append} writes its line and forces it to
 * the storage device ({@link FileChannel#force(boolean)}) before returning, so that a judgment
 * the workbench has acknowledged survives a crash or power loss. {@link Durability#BUFFERED}
 * collects lines in memory and writes them on {@link #flush()}, when the buffer fills and on
 * {@link #close()} (which also forces once); use it for bulk exports.
 *
 * <p>Opening an existing journal whose last line was cut off by a crash repairs it first, losing
 * nothing: if the unterminated last line is a complete judgment its line break is added;
 * otherwise its bytes are appended to {@code <journal>.truncated} (forced to disk) and the journal
 * is cut back to its last complete line. {@link #recovery()} says what was done.
 *
 * <p>A journal the writer creates is made durable as a name too: the folder holding it is forced
 * after the creation (where the platform allows opening a folder, as Linux and macOS do), since a
 * file whose folder entry was never forced may vanish in a power cut with everything written to it.
 *
 * <p>The writer holds an exclusive lock on the file while open, so two writers cannot interleave
 * lines. Methods are thread-safe.
 */
public final class JudgmentJournalWriter implements Closeable {

    /** When lines reach the storage device. */
    public enum Durability {
        /** Each append is written and forced to the device before it returns ("never lose a judgment"). */
        FSYNC_EACH,
        /** Lines are buffered; written on flush, when 64 KiB are pending, and on close (forced once). */
        BUFFERED
    }

    private static final int BUFFER_LIMIT = 1 << 16;

    /**
     * How the writer opens files and folders: {@link FileChannel#open(Path, OpenOption...)}, or in
     * tests a channel that records what was forced and can simulate a power cut.
     */
    @FunctionalInterface
    interface Channels {
        /** The platform's file channels. */
        Channels SYSTEM = FileChannel::open;

        /** Opens {@code path} like {@link FileChannel#open(Path, OpenOption...)}. */
        FileChannel open(Path path, OpenOption... options) throws IOException;
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Durability durability;
    private final String recovery;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private long appended;
    private boolean closed;

    private JudgmentJournalWriter(Path file, FileChannel channel, FileLock lock, Durability durability,
            String recovery) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.durability = durability;
        this.recovery = recovery;
    }

    /**
     * Opens {@code file} for appending, creating it when absent, and repairs a cut-off last line.
     *
     * @throws IOException when the file cannot be opened, is locked by another writer, or the
     *     repair fails
     */
    public static JudgmentJournalWriter open(Path file, Durability durability) throws IOException {
        return open(file, durability, Channels.SYSTEM);
    }

    /** {@link #open(Path, Durability)} with files opened through {@code channels} (the tests' seam). */
    static JudgmentJournalWriter open(Path file, Durability durability, Channels channels) throws IOException {
        boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        FileChannel ch = channels.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            if (created) {
                forceFolder(file, channels);
            }
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException(file.getFileName() + ": the journal is open in another writer; close it first");
            }
            String recovery = repairTail(file, ch, channels);
            ch.position(ch.size());
            return new JudgmentJournalWriter(file, ch, lock, durability, recovery);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Forces the folder entry of a new {@code file} to the device (skipped where folders cannot be opened). */
    private static void forceFolder(Path file, Channels channels) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        FileChannel dir;
        try {
            dir = channels.open(folder, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // Windows cannot open a folder as a channel; NTFS journals the entry itself.
        }
        try (dir) {
            dir.force(true);
        }
    }

    /** Completes or sets aside an unterminated last line; returns what was done, or {@code null}. */
    private static String repairTail(Path file, FileChannel ch, Channels channels) throws IOException {
        long size = ch.size();
        if (size == 0 || lastByte(ch, size) == '\n') {
            return null;
        }
        long start = lastLineStart(ch, size);
        if (size - start > Integer.MAX_VALUE - 16) {
            throw new IOException(file.getFileName() + ": the last line is " + (size - start)
                    + " bytes long without a line break; this is not a judgment journal");
        }
        ByteBuffer tail = ByteBuffer.allocate((int) (size - start));
        while (tail.hasRemaining()) {
            if (ch.read(tail, start + tail.position()) < 0) {
                break;
            }
        }
        byte[] bytes = tail.array();
        boolean complete;
        try {
            String text = JudgmentJsonl.decodeUtf8(bytes, bytes.length).strip();
            JudgmentJsonl.checkLine(text);
            complete = true;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            complete = false;
        }
        if (complete) {
            ch.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
            ch.force(true);
            return file.getFileName() + ": the last judgment had no line break; added it";
        }
        Path aside = file.resolveSibling(file.getFileName() + ".truncated");
        boolean asideCreated = !Files.exists(aside, LinkOption.NOFOLLOW_LINKS);
        try (FileChannel out = channels.open(aside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.allocate(bytes.length + 1).put(bytes).put((byte) '\n').flip();
            while (b.hasRemaining()) {
                out.write(b);
            }
            out.force(true);
        }
        if (asideCreated) {
            forceFolder(aside, channels);
        }
        ch.truncate(start);
        ch.force(true);
        return file.getFileName() + ": the last line was cut off mid-write (" + bytes.length
                + " bytes); moved it to " + aside.getFileName() + " and continued after the last complete line";
    }

    private static int lastByte(FileChannel ch, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1);
        ch.read(b, size - 1);
        return b.get(0);
    }

    /** Offset just after the last {@code '\n'}, or 0. */
    private static long lastLineStart(FileChannel ch, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8192);
        long end = size;
        while (end > 0) {
            long from = Math.max(0, end - b.capacity());
            b.clear().limit((int) (end - from));
            while (b.hasRemaining()) {
                if (ch.read(b, from + b.position()) < 0) {
                    break;
                }
            }
            for (int i = (int) (end - from) - 1; i >= 0; i--) {
                if (b.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    /** What opening repaired, or {@code null} when the file ended cleanly. */
    public String recovery() {
        return recovery;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** Number of judgments appended through this writer. */
    public synchronized long appended() {
        return appended;
    }

    /**
     * Appends one judgment; with {@link Durability#FSYNC_EACH} it is on the storage device when
     * this returns.
     *
     * @throws IOException when writing fails; with {@code FSYNC_EACH} the judgment must then be
     *     considered unsaved
     */
    public synchronized void append(Judgment judgment) throws IOException {
        writeLine(JudgmentJsonl.toLine(judgment));
        appended++;
    }

    private void writeLine(String text) throws IOException {
        ensureOpen();
        byte[] line = (text + "\n").getBytes(StandardCharsets.UTF_8);
        pending.write(line, 0, line.length);
        if (durability == Durability.FSYNC_EACH) {
            flush();
            channel.force(true);
        } else if (pending.size() >= BUFFER_LIMIT) {
            flush();
        }
    }

    /**
     * Appends a withdrawal of an earlier judgment of this journal (the workbench's undo); durable
     * like {@link #append}. Readers then drop that judgment ({@link JudgmentJsonl#read}).
     *
     * @throws IOException when writing fails
     */
    public synchronized void withdraw(Withdrawal withdrawal) throws IOException {
        writeLine(JudgmentJsonl.toLine(withdrawal));
    }

    /** Writes pending lines to the file (without forcing them to the device). */
    public synchronized void flush() throws IOException {
        ensureOpen();
        if (pending.size() == 0) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(pending.toByteArray());
        while (b.hasRemaining()) {
            channel.write(b);
        }
        pending.reset();
    }

    /** Writes pending lines and forces them to the storage device. */
    public synchronized void sync() throws IOException {
        flush();
        channel.force(true);
    }

    /** Writes pending lines, forces them to the device, releases the lock and closes the file. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            sync();
        } finally {
            closed = true;
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException(file.getFileName() + ": the journal writer is closed");
        }
    }
}
