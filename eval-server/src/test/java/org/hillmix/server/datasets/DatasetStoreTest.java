package org.hillmix.server.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStoreTest {

    @TempDir
    Path dir;

    private DatasetStore store() throws Exception {
        return new DatasetStore(dir.resolve("datasets"), ExtractionLimits.defaults(), Clock.systemUTC());
    }

    private Path archive(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("upload-" + System.nanoTime()), bytes);
    }

    @Test
    void uploadBecomesAnImageFolderDataSet() throws Exception {
        DatasetStore s = store();
        Map<String, byte[]> files = Archives.imageFolder("wrapper/", 3);
        files.put("__MACOSX/._junk", new byte[] {0});
        DatasetInfo info = s.upload("My Pets 2", archive(Archives.zip(files)));
        assertEquals("my-pets-2", info.id());
        assertEquals("My Pets 2", info.name());
        assertEquals("upload", info.origin());
        assertEquals("image-folder", info.kind());
        assertEquals(List.of("cat", "dog"), info.classes());
        assertEquals(6, info.files());
        assertTrue(info.usable());
        Path images = Path.of(info.spec().get("path"));
        assertEquals(s.root().resolve("my-pets-2").resolve("images"), images);
        assertTrue(Files.isRegularFile(images.resolve("cat/0.png")));
        assertEquals(List.of(info), s.list());
        try (Stream<Path> left = Files.list(s.root())) {
            assertEquals(List.of(s.root().resolve("my-pets-2")), left.toList(), "no temporary folders left");
        }
        DatasetException conflict = assertThrows(DatasetException.class,
                () -> s.upload("my pets 2", archive(Archives.zip(files))));
        assertEquals(DatasetException.Kind.CONFLICT, conflict.kind());
    }

    /** The documented layout without a wrapping folder: CLASS/IMAGE at the archive's root (zip, tar, tar.gz). */
    @Test
    void classesAtTheRootAreImported() throws Exception {
        DatasetStore s = store();
        Map<String, byte[]> files = Archives.imageFolder("", 2);
        Map<String, byte[]> archives = new LinkedHashMap<>();
        archives.put("zip", Archives.zip(files));
        archives.put("tar", tar(files));
        archives.put("tgz", Archives.gzip(tar(files)));
        for (Map.Entry<String, byte[]> a : archives.entrySet()) {
            DatasetInfo info = s.upload("root " + a.getKey(), archive(a.getValue()));
            assertEquals("root-" + a.getKey(), info.id());
            assertEquals(List.of("cat", "dog"), info.classes(), a.getKey());
            assertEquals(4, info.files(), a.getKey());
            assertTrue(Files.isRegularFile(s.root().resolve(info.id()).resolve("images/dog/1.png")), a.getKey());
        }
        try (Stream<Path> left = Files.list(s.root())) {
            assertEquals(List.of("root-tar", "root-tgz", "root-zip"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary folders left");
        }
    }

    /** docs/server.md allows one wrapping folder; two ({@code a/b/cat/1.png}) are refused, naming them. */
    @Test
    void twoWrappingFoldersAreRefused() throws Exception {
        DatasetStore s = store();
        Map<String, byte[]> files = Archives.imageFolder("a/b/", 2);
        for (byte[] bytes : List.of(Archives.zip(files), tar(files))) {
            DatasetException e = assertThrows(DatasetException.class, () -> s.upload("deep", archive(bytes)));
            assertEquals(DatasetException.Kind.INVALID_ARCHIVE, e.kind());
            assertEquals(List.of("a/b/"), e.files());
            assertTrue(e.getMessage().startsWith("the class folders lie under two wrapping folders (a/b/)"),
                    e.getMessage());
        }
        Map<String, byte[]> single = Archives.imageFolder("a/b/c/", 1);
        single.keySet().removeIf(k -> k.contains("/dog/"));
        DatasetException e = assertThrows(DatasetException.class, () -> s.upload("deeper", archive(tar(single))));
        assertEquals(List.of("a/b/"), e.files(), e.getMessage());
        try (Stream<Path> left = Files.list(s.root())) {
            assertEquals(0, left.count(), "nothing stored, no temporary folder left");
        }
    }

    private static byte[] tar(Map<String, byte[]> files) throws Exception {
        Archives.Tar t = new Archives.Tar();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            t.file(f.getKey(), f.getValue());
        }
        return t.bytes();
    }

    @Test
    void corruptImagesAreNamed() throws Exception {
        DatasetStore s = store();
        Map<String, byte[]> files = new LinkedHashMap<>(Archives.imageFolder("", 2));
        files.put("cat/broken.png", "not a png at all".getBytes());
        byte[] truncated = Archives.png(16, 0x123456);
        files.put("dog/cut.png", java.util.Arrays.copyOf(truncated, truncated.length / 2));
        DatasetException e = assertThrows(DatasetException.class, () -> s.upload("bad", archive(Archives.zip(files))));
        assertEquals(DatasetException.Kind.CORRUPT_IMAGES, e.kind());
        assertEquals(2, e.files().size(), e.files().toString());
        assertTrue(e.files().get(0).startsWith("cat/broken.png"), e.files().toString());
        assertTrue(e.files().get(1).startsWith("dog/cut.png"), e.files().toString());
        assertTrue(e.getMessage().startsWith("2 of 6 images cannot be used"), e.getMessage());
        assertTrue(s.list().isEmpty(), "nothing half-imported");
    }

    @Test
    void layoutProblems() throws Exception {
        DatasetStore s = store();
        Map<String, byte[]> oneClass = new LinkedHashMap<>();
        oneClass.put("cat/a.png", Archives.png(4, 1));
        assertEquals(DatasetException.Kind.INVALID_ARCHIVE,
                assertThrows(DatasetException.class, () -> s.upload("one", archive(Archives.zip(oneClass)))).kind());
        Map<String, byte[]> stray = new LinkedHashMap<>(Archives.imageFolder("", 1));
        stray.put("cat/notes.txt", "hello".getBytes());
        DatasetException e = assertThrows(DatasetException.class, () -> s.upload("stray", archive(Archives.zip(stray))));
        assertTrue(e.getMessage().contains("cat/notes.txt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.upload("../../etc", archive(Archives.zip(stray))));
        assertThrows(IllegalArgumentException.class, () -> s.upload("", archive(Archives.zip(stray))));
    }

    @Test
    void serverSideFoldersAreDetected() throws Exception {
        DatasetStore s = store();
        Path cifar = Files.createDirectories(s.root().resolve("cifar"));
        Files.write(cifar.resolve("data_batch_1.bin"), new byte[3073 * 2]);
        Path idx = Files.createDirectories(s.root().resolve("digits"));
        Files.write(idx.resolve("train-images-idx3-ubyte"), new byte[16]);
        Files.write(idx.resolve("train-labels-idx1-ubyte"), new byte[8]);
        Path broken = Files.createDirectories(s.root().resolve("broken"));
        Files.write(broken.resolve("data_batch_1.bin"), new byte[3000]);
        Files.createDirectories(s.root().resolve("empty"));
        Files.createDirectories(s.root().resolve(".hidden"));

        Map<String, DatasetInfo> byId = new LinkedHashMap<>();
        for (DatasetInfo i : s.list()) {
            byId.put(i.id(), i);
        }
        assertEquals(List.of("broken", "cifar", "digits", "empty"), List.copyOf(byId.keySet()));
        assertEquals("cifar-binary", byId.get("cifar").kind());
        assertEquals(6146, byId.get("cifar").bytes());
        assertEquals("server", byId.get("cifar").origin());
        assertEquals("idx", byId.get("digits").kind());
        assertTrue(byId.get("digits").spec().get("images").endsWith("train-images-idx3-ubyte"));
        assertNull(byId.get("broken").kind());
        assertTrue(byId.get("broken").problem().contains("3073"), byId.get("broken").problem());
        assertFalse(byId.get("empty").usable());
        assertTrue(s.find("nope").isEmpty());
        assertTrue(s.find("../datasets").isEmpty());
    }

    @Test
    void retentionRemovesOnlyUnusedUploads() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic
                .AtomicReference<>(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        DatasetStore store = new DatasetStore(dir.resolve("datasets"), ExtractionLimits.defaults(), clock);
        store.upload("old", archive(Archives.zip(Archives.imageFolder("", 1))));
        store.upload("needed", archive(Archives.zip(Archives.imageFolder("", 1))));
        store.upload("used", archive(Archives.zip(Archives.imageFolder("", 1))));
        Path placed = Files.createDirectories(dir.resolve("datasets/placed"));
        Files.write(placed.resolve("data_batch_1.bin"), new byte[3073]);
        java.time.Duration keep = java.time.Duration.ofDays(1);

        now.set(now.get().plus(java.time.Duration.ofHours(23)));
        assertEquals(java.util.List.of(), store.sweepUploads(keep, java.util.Set.of()));
        store.touch("used");
        now.set(now.get().plus(java.time.Duration.ofHours(2)));
        assertEquals(java.util.List.of("old"), store.sweepUploads(keep, java.util.Set.of("needed")));
        assertTrue(store.find("old").isEmpty());
        assertTrue(store.find("needed").isPresent(), "a queued job's data set stays");
        assertTrue(store.find("used").isPresent(), "a data set used an hour ago stays");
        now.set(now.get().plus(java.time.Duration.ofDays(30)));
        assertEquals(java.util.List.of("needed", "used"), store.sweepUploads(keep, java.util.Set.of()));
        assertTrue(store.find("placed").isPresent(), "the operator's data sets are never removed");
    }
}
