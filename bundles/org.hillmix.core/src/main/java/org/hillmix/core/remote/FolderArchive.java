package org.hillmix.core.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * A local image folder (one sub-folder of images per class) as the server's data-set upload takes it: a zip of its
 * regular files, and a content hash that names the upload so that a folder the server has already is not sent
 * again. Hidden files and the operating systems' junk files are left out, as the server would drop them.
 */
public final class FolderArchive {

    private static final Set<String> JUNK = Set.of("__MACOSX", "Thumbs.db", "desktop.ini");

    private final Path folder;
    private final List<String> files;

    private FolderArchive(Path folder, List<String> files) {
        this.folder = folder;
        this.files = files;
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
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted().toList()) {
                Path rel = folder.relativize(p);
                if (rel.toString().isEmpty() || hidden(rel) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                files.add(slashed(rel));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no files");
        }
        files.sort(null);
        return new FolderArchive(folder, List.copyOf(files));
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

    /** The files, as {@code /}-separated paths relative to the folder, sorted. */
    public List<String> files() {
        return files;
    }

    /**
     * SHA-256 over every file's relative path and content, in lower-case hex: equal for folders with equal files,
     * different when any file is added, removed, renamed or changed.
     */
    public String contentHash(ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Hashing " + folder.getFileName(), files.size());
        MessageDigest tree = sha256();
        byte[] buf = new byte[64 * 1024];
        for (String f : files) {
            pm.checkCancelled();
            MessageDigest file = sha256();
            try (InputStream in = Files.newInputStream(folder.resolve(f))) {
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

    /** Writes the files as a zip to {@code out} (which stays open). */
    public void writeZip(OutputStream out, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Packing " + folder.getFileName(), files.size());
        ZipOutputStream zip = new ZipOutputStream(out);
        // Images are compressed already; storing them deflated costs time and saves next to nothing.
        zip.setLevel(1);
        for (String f : files) {
            pm.checkCancelled();
            zip.putNextEntry(new ZipEntry(f));
            Files.copy(folder.resolve(f), zip);
            zip.closeEntry();
            pm.worked(1);
        }
        zip.finish();
        pm.done();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
