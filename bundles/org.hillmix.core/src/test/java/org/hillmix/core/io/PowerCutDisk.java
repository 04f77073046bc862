package org.hillmix.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model of a disk with a volatile write cache, for {@link JudgmentJournalWriter}'s channel seam.
 *
 * <p>Writes go to the real file at once (so the writer reads back what it wrote, like the page cache), but only
 * what {@link FileChannel#force(boolean)} covered counts as on the device: a file's durable content is its content
 * at its last force, and a file created through this disk exists after a power cut only if its folder was forced
 * after the creation. {@link #powerCut()} then puts every file back to what the device holds, which is exactly what
 * a SIGKILL cannot show: a killed process leaves the page cache, and so its unforced writes, intact.
 */
final class PowerCutDisk {

    /** What the device holds of one file. */
    private static final class Device {
        byte[] content;
        boolean nameDurable;
    }

    private final Map<Path, Device> files = new LinkedHashMap<>();
    private final List<FileChannel> open = new ArrayList<>();
    private int forces;

    /** The seam: opens real channels wrapped so that forces are recorded. */
    JudgmentJournalWriter.Channels channels() {
        return this::open;
    }

    private synchronized FileChannel open(Path path, OpenOption... options) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return new Recording(FileChannel.open(p, options), p, true);
        }
        if (!files.containsKey(p)) {
            Device d = new Device();
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                // Written before this disk was watching: on the device already.
                d.content = Files.readAllBytes(p);
                d.nameDurable = true;
            } else {
                d.content = new byte[0];
            }
            files.put(p, d);
        }
        FileChannel ch = new Recording(FileChannel.open(p, options), p, false);
        open.add(ch);
        return ch;
    }

    /** How many times a channel of this disk was forced. */
    synchronized int forces() {
        return forces;
    }

    /** Whether {@code file}'s current content is on the device, name included. */
    synchronized boolean isDurable(Path file) throws IOException {
        Device d = files.get(file.toAbsolutePath().normalize());
        return d != null && d.nameDurable && java.util.Arrays.equals(d.content, Files.readAllBytes(file));
    }

    /**
     * The power goes: every channel dies without a force, and each file becomes what the device holds (a file
     * whose name never reached the device is gone).
     */
    synchronized void powerCut() throws IOException {
        for (FileChannel ch : open) {
            ((Recording) ch).kill();
        }
        open.clear();
        for (Map.Entry<Path, Device> e : files.entrySet()) {
            if (e.getValue().nameDurable) {
                Files.write(e.getKey(), e.getValue().content);
            } else {
                Files.deleteIfExists(e.getKey());
            }
        }
        files.clear();
    }

    private synchronized void forced(Path path, boolean folder) throws IOException {
        forces++;
        if (folder) {
            for (Map.Entry<Path, Device> e : files.entrySet()) {
                if (path.equals(e.getKey().getParent()) && Files.exists(e.getKey(), LinkOption.NOFOLLOW_LINKS)) {
                    e.getValue().nameDurable = true;
                }
            }
        } else {
            files.get(path).content = Files.readAllBytes(path);
        }
    }

    /** A real channel that reports its forces to the disk. */
    private final class Recording extends FileChannel {
        private final FileChannel real;
        private final Path path;
        private final boolean folder;
        private volatile boolean dead;

        Recording(FileChannel real, Path path, boolean folder) {
            this.real = real;
            this.path = path;
            this.folder = folder;
        }

        void kill() throws IOException {
            dead = true;
            real.close();
        }

        private FileChannel live() throws IOException {
            if (dead) {
                throw new IOException("power cut");
            }
            return real;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            live().force(metaData);
            forced(path, folder);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return live().read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return live().read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return live().write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return live().write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return live().position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            live().position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return live().size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            live().truncate(size);
            return this;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return live().transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return live().transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return live().read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return live().write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new UnsupportedOperationException("the journal does not map files");
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return live().lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return live().tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            if (!dead) {
                real.close();
            }
        }
    }
}
