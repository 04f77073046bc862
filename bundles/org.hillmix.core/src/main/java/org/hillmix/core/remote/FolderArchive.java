package org.hillmix.core.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Local data-set files as the server's data-set upload takes them: a tar stream of named files, and a content hash
 * that names the upload so that data the server has already is not sent again. {@link #of(Path)} takes an image
 * folder (one sub-folder of images per class), leaving out hidden files and the operating systems' junk files, as
 * the server would drop them; {@link #ofFiles(String, Map)} takes chosen files under chosen names (CIFAR-10 batches,
 * an IDX pair, an index CSV with its images).
 */
public final class FolderArchive {

    private static final Set<String> JUNK = Set.of("__MACOSX", "Thumbs.db", "desktop.ini");

    private final String name;
    private final Map<String, Path> entries; // archive name -> local file, sorted by name

    private FolderArchive(String name, Map<String, Path> entries) {
        this.name = name;
        this.entries = entries;
    }

    /**
     * The given files, each stored under its archive name ({@code /}-separated, relative).
     *
     * @param name what the archive is called in progress messages
     * @param files archive name to local file
     * @throws IllegalArgumentException when there are no files, a name is not a plain relative path, or a file is
     *         not a regular file
     */
    public static FolderArchive ofFiles(String name, Map<String, Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException(name + ": no files to upload");
        }
        TreeMap<String, Path> sorted = new TreeMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String n = e.getKey();
            if (n.isEmpty() || n.startsWith("/") || n.contains("\\") || List.of(n.split("/")).contains("..")) {
                throw new IllegalArgumentException(name + ": '" + n + "' is not a relative path inside the upload");
            }
            if (!Files.isRegularFile(e.getValue())) {
                throw new IllegalArgumentException(name + ": " + e.getValue() + " is not a file");
            }
            sorted.put(n, e.getValue());
        }
        return new FolderArchive(name, Collections.unmodifiableMap(sorted));
    }

    /**
     * The regular files below {@code folder}, in a fixed order.
     *
     * @throws IllegalArgumentException when {@code folder} is not a folder or holds no files
     */
    public static FolderArchive of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted().toList()) {
                Path rel = folder.relativize(p);
                if (rel.toString().isEmpty() || hidden(rel) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                files.put(slashed(rel), p);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no files");
        }
        Path fileName = folder.getFileName();
        return new FolderArchive(fileName == null ? folder.toString() : fileName.toString(),
                Collections.unmodifiableMap(files));
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            String name = part.toString();
            if (name.startsWith(".") || JUNK.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path rel) {
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** The total size of the files in bytes, as they are now. */
    public long bytes() throws IOException {
        long total = 0;
        for (Path f : entries.values()) {
            total += Files.size(f);
        }
        return total;
    }

    /** The files' archive names, {@code /}-separated and relative (for a folder: relative to it), sorted. */
    public List<String> files() {
        return List.copyOf(entries.keySet());
    }

    /**
     * SHA-256 over every file's archive name and content, in lower-case hex: equal for folders with equal files,
     * different when any file is added, removed, renamed or changed.
     */
    public String contentHash(ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Hashing " + name, entries.size());
        MessageDigest tree = sha256();
        byte[] buf = new byte[64 * 1024];
        for (Map.Entry<String, Path> e : entries.entrySet()) {
            String f = e.getKey();
            pm.checkCancelled();
            MessageDigest file = sha256();
            try (InputStream in = Files.newInputStream(e.getValue())) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    file.update(buf, 0, n);
                }
            }
            // path, NUL, file hash: no two different (path, content) lists give the same byte stream
            tree.update(f.getBytes(StandardCharsets.UTF_8));
            tree.update((byte) 0);
            tree.update(file.digest());
            pm.worked(1);
        }
        pm.done();
        return HexFormat.of().formatHex(tree.digest());
    }

    /**
     * Writes the files as a tar stream to {@code out} (which stays open), one file after the other straight from
     * disk: nothing is held in memory beyond a copy buffer, so a folder of any size streams into an upload. Long
     * names are written as POSIX (pax) headers, sizes beyond 8 GiB likewise.
     */
    public void writeTar(OutputStream out, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Packing " + name, entries.size());
        // not closed: closing would close out, which belongs to the caller; finish() writes the end blocks
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new NonClosing(out), StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (Map.Entry<String, Path> e : entries.entrySet()) {
            pm.checkCancelled();
            Path file = e.getValue();
            TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
            entry.setSize(Files.size(file));
            entry.setModTime(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
            tar.putArchiveEntry(entry);
            Files.copy(file, tar);
            tar.closeArchiveEntry();
            pm.worked(1);
        }
        tar.finish();
        tar.flush();
        pm.done();
    }

    /** Passes writes through and leaves the stream open on {@link #close()}. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
