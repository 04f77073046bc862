package org.hillmix.server.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

    @TempDir
    Path dir;

    private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

    private DatasetException.Kind failure(byte[] archive, ExtractionLimits limits) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), archive);
        Path target = Files.createDirectory(dir.resolve("out-" + System.nanoTime()));
        return assertThrows(DatasetException.class, () -> new ArchiveExtractor(limits).extract(file, target)).kind();
    }

    private String message(byte[] archive) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), archive);
        Path target = Files.createDirectory(dir.resolve("out-" + System.nanoTime()));
        return assertThrows(DatasetException.class, () -> new ArchiveExtractor(LIMITS).extract(file, target))
                .getMessage();
    }

    private Path extract(byte[] archive) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), archive);
        Path target = Files.createDirectory(dir.resolve("out-" + System.nanoTime()));
        new ArchiveExtractor(LIMITS).extract(file, target);
        return target;
    }

    @Test
    void extractsZipTarAndTarGz() throws Exception {
        Map<String, byte[]> files = Archives.imageFolder("set/", 2);
        Path z = extract(Archives.zip(files));
        Archives.Tar tar = new Archives.Tar().dir("set/");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            tar.file(e.getKey(), e.getValue());
        }
        byte[] tarBytes = tar.bytes();
        Path t = extract(tarBytes);
        Path g = extract(Archives.gzip(tarBytes));
        for (Path root : new Path[] {z, t, g}) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(root.resolve(e.getKey())), root + " " + e.getKey());
            }
        }
    }

    @Test
    void longTarNames() throws Exception {
        String longName = "folder/" + "n".repeat(150) + ".png";
        byte[] data = {1, 2, 3};
        Path gnu = extract(new Archives.Tar().gnuLongName(longName, data).bytes());
        assertArrayEquals(data, Files.readAllBytes(gnu.resolve(longName)));
        Path pax = extract(new Archives.Tar().paxName("ünïcode/" + "p".repeat(120), data).bytes());
        assertArrayEquals(data, Files.readAllBytes(pax.resolve("ünïcode/" + "p".repeat(120))));
    }

    @Test
    void refusesPathEscapes() throws Exception {
        for (String name : new String[] {"../evil.png", "a/../../evil.png", "/etc/evil.png", "C:/evil.png",
            "..\\evil.png"}) {
            Map<String, byte[]> m = new LinkedHashMap<>();
            m.put(name, new byte[] {1});
            assertEquals(DatasetException.Kind.UNSAFE_ARCHIVE, failure(Archives.zip(m), LIMITS), name);
            assertEquals(DatasetException.Kind.UNSAFE_ARCHIVE,
                    failure(new Archives.Tar().file(name, new byte[] {1}).bytes(), LIMITS), name);
        }
        assertFalse(Files.exists(dir.resolve("evil.png")));
        assertTrue(message(new Archives.Tar().file("../evil.png", new byte[] {1}).bytes()).contains("'../evil.png'"));
    }

    @Test
    void refusesLinksAndDuplicates() throws Exception {
        String m = message(new Archives.Tar().symlink("cat/link.png", "/etc/passwd").bytes());
        assertTrue(m.contains("symbolic link") && m.contains("cat/link.png"), m);
        assertEquals(DatasetException.Kind.UNSAFE_ARCHIVE,
                failure(new Archives.Tar().file("a.png", new byte[] {1}).file("a.png", new byte[] {2}).bytes(), LIMITS));
        assertEquals(DatasetException.Kind.UNSAFE_ARCHIVE,
                failure(new Archives.Tar().file("a", new byte[] {1}).file("a/b.png", new byte[] {2}).bytes(), LIMITS));
    }

    @Test
    void refusesZipBombs() throws Exception {
        // 64 MiB of zeros deflate to about 64 KiB: a ratio near 1000, far above the allowed 100.
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("cat/zeros.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1 << 20);
        Path target = Files.createDirectory(dir.resolve("bomb-out"));
        DatasetException e = assertThrows(DatasetException.class,
                () -> new ArchiveExtractor(LIMITS).extract(bomb, target));
        assertEquals(DatasetException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        // Extraction stopped early: far less than the 64 MiB were written.
        try (var files = Files.walk(target)) {
            long written = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertTrue(written < 8L << 20, "wrote " + written);
        }
    }

    @Test
    void refusesTooManyEntriesAndTooManyBytes() throws Exception {
        Map<String, byte[]> six = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            six.put("cat/" + i + ".png", new byte[] {(byte) i});
        }
        assertEquals(DatasetException.Kind.TOO_LARGE, failure(Archives.zip(six), new ExtractionLimits(1 << 20, 1 << 20, 5, 100)));
        byte[] noise = new byte[20_000];
        new Random(1).nextBytes(noise);
        assertEquals(DatasetException.Kind.TOO_LARGE,
                failure(Archives.zip(Map.of("cat/n.png", noise)), new ExtractionLimits(1 << 20, 10_000, 10, 100)));
    }

    @Test
    void refusesWhatIsNotAnArchive() throws Exception {
        byte[] junk = new byte[2000];
        Arrays.fill(junk, (byte) 'x');
        assertEquals(DatasetException.Kind.INVALID_ARCHIVE, failure(junk, LIMITS));
        assertEquals(DatasetException.Kind.INVALID_ARCHIVE, failure(new byte[0], LIMITS));
        byte[] tar = new Archives.Tar().file("cat/a.png", new byte[5000]).bytes();
        assertEquals(DatasetException.Kind.INVALID_ARCHIVE, failure(Arrays.copyOf(tar, 1500), LIMITS), "truncated");
        byte[] zip = Archives.zip(Map.of("cat/a.png", new byte[100]));
        assertEquals(DatasetException.Kind.INVALID_ARCHIVE, failure(Arrays.copyOf(zip, zip.length - 30), LIMITS));
    }

    /** Zip entries flagged as Unix symbolic links are refused, not written as files holding the link target. */
    @Test
    void refusesZipSymlinks() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
            var e = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("cat/passwd.png");
            e.setUnixMode(org.apache.commons.compress.archivers.zip.UnixStat.LINK_FLAG | 0777);
            zip.putArchiveEntry(e);
            zip.write("/etc/passwd".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeArchiveEntry();
        }
        String m = message(bytes.toByteArray());
        assertTrue(m.contains("'cat/passwd.png' is a symbolic link"), m);
        assertEquals(DatasetException.Kind.UNSAFE_ARCHIVE, failure(bytes.toByteArray(), LIMITS));
    }
}
