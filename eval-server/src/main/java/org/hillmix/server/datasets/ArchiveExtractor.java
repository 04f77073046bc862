package org.hillmix.server.datasets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Locale;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts an uploaded zip, tar or gzip-compressed tar archive into an empty folder, safely:
 * <ul>
 * <li>entry names are checked before anything is written: absolute paths, drive letters, {@code ..} segments,
 * NUL characters and over-long names are refused, and the resolved target must lie inside the folder;</li>
 * <li>only regular files and folders are created: tar links, devices and FIFOs are refused (zip entries are
 * always written as regular files, so a zip "symlink" can never become a link on disk);</li>
 * <li>{@link ExtractionLimits} bound the bytes written, the entry count and the compression ratio, counted on the
 * bytes actually produced, not on sizes the archive declares;</li>
 * <li>an entry may not overwrite an earlier one.</li>
 * </ul>
 * The format is recognised by content (zip local header, gzip magic, tar header checksum), not by name.
 *
 * <p>Reading the formats (zip central directory and Zip64, tar with GNU long names and pax headers, gzip) is
 * Apache Commons Compress's; what this class adds is the policy above, applied to every entry before anything
 * is written, and counting on the bytes actually produced.
 */
public final class ArchiveExtractor {

    /** Longest accepted entry name, in characters. */
    static final int MAX_NAME = 1024;

    private final ExtractionLimits limits;

    /** An extractor enforcing {@code limits}. */
    public ArchiveExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** What an extraction produced. */
    public record Result(int files, int directories, long bytes) {
    }

    /**
     * Extracts {@code archive} into {@code target} (an existing, empty folder).
     *
     * @throws DatasetException when the archive is not readable, unsafe, or exceeds the limits
     * @throws IOException when writing fails
     */
    public Result extract(Path archive, Path target) throws IOException {
        long archiveSize = Files.size(archive);
        byte[] magic;
        try (InputStream in = Files.newInputStream(archive)) {
            magic = in.readNBytes(4);
        }
        Counter counter = new Counter(Math.max(1, archiveSize));
        if (magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            extractZip(archive, target.toRealPath(), counter);
        } else if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 65536)) {
                InputStream gz;
                try {
                    gz = new GzipCompressorInputStream(raw);
                } catch (IOException e) {
                    throw invalid("the gzip stream is corrupt: " + e.getMessage());
                }
                extractTar(new BufferedInputStream(gz, 65536), target.toRealPath(), counter);
            }
        } else {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(archive), 65536)) {
                extractTar(in, target.toRealPath(), counter);
            }
        }
        return new Result(counter.files, counter.directories, counter.bytes);
    }

    private void extractZip(Path archive, Path root, Counter counter) throws IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(archive).setUseUnicodeExtraFields(true).get();
        } catch (IOException e) {
            throw invalid("the zip archive is corrupt or unsupported: " + e.getMessage());
        }
        try (zip) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                counter.entry(e.getName());
                if (e.isUnixSymlink()) {
                    throw unsafe("entry " + printable(e.getName())
                            + " is a symbolic link; archives may hold only regular files and folders");
                }
                Path dest = safeTarget(root, e.getName());
                if (dest == null) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    counter.directories++;
                    continue;
                }
                if (!zip.canReadEntryData(e)) {
                    throw invalid("entry " + printable(e.getName()) + " uses an unsupported compression method or"
                            + " encryption");
                }
                long before = counter.bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    write(in, dest, e.getName(), counter);
                }
                long written = counter.bytes - before;
                long compressed = e.getCompressedSize();
                if (written > ExtractionLimits.RATIO_FLOOR && compressed > 0
                        && (double) written / compressed > limits.maxRatio()) {
                    throw tooLarge("entry " + e.getName() + " expands " + Math.round((double) written / compressed)
                            + "-fold, more than the allowed ratio of " + Math.round(limits.maxRatio()));
                }
            }
        }
    }

    private void extractTar(InputStream in, Path root, Counter counter) throws IOException {
        // not lenient: a header with a bad checksum or an unparsable number field is an error, which is also how
        // a file that is no tar archive at all is recognised at its first header
        TarArchiveInputStream tar = new TarArchiveInputStream(in, false);
        boolean any = false;
        while (true) {
            TarArchiveEntry e;
            try {
                e = tar.getNextEntry();
            } catch (IOException | IllegalArgumentException x) {
                throw invalid(any ? "the tar archive is corrupt: " + x.getMessage()
                        : "the upload is neither a zip nor a tar archive (" + x.getMessage() + ")");
            }
            if (e == null) {
                break;
            }
            if (!e.isCheckSumOK()) {
                // Commons Compress reports a bad header checksum but reads on; the archive is corrupt (or no tar)
                throw invalid(any ? "the tar header of entry " + printable(e.getName()) + " has a wrong checksum"
                        : "the upload is neither a zip nor a tar archive (its first tar header has a wrong checksum)");
            }
            any = true;
            counter.entry(e.getName());
            if (!isRegularFile(e) && !e.isDirectory()) {
                throw unsafe("entry " + printable(e.getName()) + " is a " + describeType(e)
                        + "; archives may hold only regular files and folders");
            }
            Path dest = safeTarget(root, e.getName());
            if (dest == null) {
                continue;
            }
            if (e.isDirectory()) {
                Files.createDirectories(dest);
                counter.directories++;
            } else {
                write(tar, dest, e.getName(), counter);
            }
        }
        if (!any) {
            throw invalid("the archive is empty");
        }
    }

    /** Type flags of regular files: '0', the pre-POSIX NUL, and '7' (contiguous file, a regular file elsewhere). */
    private static boolean isRegularFile(TarArchiveEntry e) {
        byte flag = e.getLinkFlag();
        return flag == TarArchiveEntry.LF_NORMAL || flag == TarArchiveEntry.LF_OLDNORM
                || flag == TarArchiveEntry.LF_CONTIG;
    }

    /**
     * Where an entry goes, or null for the archive root itself ({@code ./}).
     *
     * @throws DatasetException for names that are absolute, contain {@code ..}, or would leave {@code root}
     */
    static Path safeTarget(Path root, String rawName) {
        if (rawName.length() > MAX_NAME) {
            throw unsafe("an entry name is longer than " + MAX_NAME + " characters");
        }
        if (rawName.indexOf('\0') >= 0) {
            throw unsafe("entry name " + printable(rawName) + " contains a NUL character");
        }
        String name = rawName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw unsafe("entry " + printable(rawName) + " has an absolute path; archives must use relative paths");
        }
        StringBuilder clean = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw unsafe("entry " + printable(rawName) + " contains '..'; archives may not reach outside their folder");
            }
            if (segment.length() > 255) {
                throw unsafe("entry " + printable(rawName) + " has a path segment longer than 255 characters");
            }
            clean.append(clean.length() == 0 ? "" : "/").append(segment);
        }
        if (clean.length() == 0) {
            return null;
        }
        Path dest = root.resolve(clean.toString()).normalize();
        if (!dest.startsWith(root) || dest.equals(root)) {
            throw unsafe("entry " + printable(rawName) + " would be written outside the upload folder");
        }
        return dest;
    }

    private void write(InputStream in, Path dest, String name, Counter counter) throws IOException {
        // Parent folders were created by us from checked names, so no link can redirect the write; CREATE_NEW
        // refuses duplicates (and would refuse an existing link as well).
        try {
            Files.createDirectories(dest.getParent());
        } catch (FileAlreadyExistsException e) {
            throw unsafe("entry " + printable(name) + " lies below a path that is a file in the same archive");
        }
        try (OutputStream out = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            byte[] buf = new byte[65536];
            while (true) {
                int n;
                try {
                    n = in.read(buf);
                } catch (IOException e) {
                    // a read error is the archive's fault (truncated, corrupt data, bad CRC); write errors are ours
                    throw invalid("the archive is truncated or corrupt inside entry " + printable(name) + ": "
                            + e.getMessage());
                }
                if (n <= 0) {
                    break;
                }
                counter.bytes(n, name);
                out.write(buf, 0, n);
            }
        } catch (FileAlreadyExistsException e) {
            throw unsafe("entry " + printable(name) + " appears twice in the archive");
        }
        counter.files++;
    }

    /** Counts entries and bytes against the limits. */
    private final class Counter {
        final long archiveSize;
        int entries;
        int files;
        int directories;
        long bytes;

        Counter(long archiveSize) {
            this.archiveSize = archiveSize;
        }

        void entry(String name) {
            if (++entries > limits.maxEntries()) {
                throw tooLarge("the archive has more than " + limits.maxEntries() + " entries");
            }
        }

        void bytes(int n, String name) {
            bytes += n;
            if (bytes > limits.maxExtractedBytes()) {
                throw tooLarge("the archive expands to more than " + limits.maxExtractedBytes()
                        + " bytes (reached in entry " + printable(name) + ")");
            }
            if (bytes > ExtractionLimits.RATIO_FLOOR && (double) bytes / archiveSize > limits.maxRatio()) {
                throw tooLarge("the archive expands more than " + Math.round(limits.maxRatio())
                        + "-fold (reached in entry " + printable(name) + "); this looks like a zip bomb");
            }
        }
    }

    private static String describeType(TarArchiveEntry e) {
        if (e.isSymbolicLink()) {
            return "symbolic link";
        }
        if (e.isLink()) {
            return "hard link";
        }
        if (e.isCharacterDevice()) {
            return "character device";
        }
        if (e.isBlockDevice()) {
            return "block device";
        }
        if (e.isFIFO()) {
            return "FIFO";
        }
        return "special entry (type '" + (char) e.getLinkFlag() + "')";
    }

    /** The name with control characters replaced, quoted, for messages. */
    static String printable(String name) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < name.length() && i < 200; i++) {
            char c = name.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.append(name.length() > 200 ? "...'" : "'").toString();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static DatasetException invalid(String message) {
        return new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, message);
    }

    private static DatasetException unsafe(String message) {
        return new DatasetException(DatasetException.Kind.UNSAFE_ARCHIVE, message);
    }

    private static DatasetException tooLarge(String message) {
        return new DatasetException(DatasetException.Kind.TOO_LARGE, message);
    }
}
