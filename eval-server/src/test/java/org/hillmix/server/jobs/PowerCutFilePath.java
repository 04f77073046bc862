package org.hillmix.server.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:powercut:/path/db}) modelling a disk with a volatile write cache: writes reach
 * the real file at once (H2 reads them back, as from the page cache), but only what a
 * {@link FileChannel#force(boolean)} covered counts as on the device. {@link #powerCut()} puts every file H2
 * opened back to its content at its last force (or at its first opening), which is what a SIGKILL cannot show:
 * the kernel keeps a killed process's unforced writes.
 */
public final class PowerCutFilePath extends FilePathWrapper {

    /** The URL prefix. */
    static final String SCHEME = "powercut";

    private static final Object LOCK = new Object();
    /** Device content of each file opened through this file system. */
    private static final Map<Path, byte[]> DEVICE = new LinkedHashMap<>();
    private static final List<Recording> OPEN = new ArrayList<>();
    private static int forces;
    /** Runs inside each force, before it counts (tests hold a write there). */
    private static volatile Runnable beforeForce;

    static {
        FilePath.register(new PowerCutFilePath());
    }

    /** Makes sure the file system is registered with H2. */
    static void register() {
        // the static initialiser did it
    }

    /** Sets (or with null clears) what runs inside each force before it counts. */
    static void beforeForce(Runnable hook) {
        beforeForce = hook;
    }

    /** How many forces reached the model since the last power cut. */
    static int forces() {
        synchronized (LOCK) {
            return forces;
        }
    }

    /**
     * The power goes: every channel opened through this file system dies (H2's later writes fail) and each file is
     * put back to what the device holds.
     */
    static void powerCut() throws IOException {
        synchronized (LOCK) {
            for (Recording r : OPEN) {
                r.kill();
            }
            OPEN.clear();
            for (Map.Entry<Path, byte[]> e : DEVICE.entrySet()) {
                Files.write(e.getKey(), e.getValue());
            }
            DEVICE.clear();
            forces = 0;
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Path file = Path.of(getBase().toString().replaceFirst("^file:", "")).toAbsolutePath().normalize();
        synchronized (LOCK) {
            if (!DEVICE.containsKey(file)) {
                DEVICE.put(file, Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
            }
            Recording r = new Recording(super.open(mode), file);
            OPEN.add(r);
            return r;
        }
    }

    private static void forced(Path file) throws IOException {
        Runnable hook = beforeForce;
        if (hook != null) {
            hook.run();
        }
        synchronized (LOCK) {
            forces++;
            DEVICE.put(file, Files.readAllBytes(file));
        }
    }

    /** A real channel reporting its forces to the model. */
    private static final class Recording extends FileChannel {
        private final FileChannel real;
        private final Path file;
        private volatile boolean dead;

        Recording(FileChannel real, Path file) {
            this.real = real;
            this.file = file;
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
            forced(file);
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
            throw new UnsupportedOperationException("not used by H2's MVStore file store");
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
