package org.hillmix.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.progress.ProgressMonitor;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packing an image folder for upload, and the content hash that names it. */
class FolderArchiveTest {

    @TempDir
    Path tmp;

    private Path folder(String name) throws Exception {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.resolve("cat"));
        Files.createDirectories(f.resolve("dog"));
        Files.write(f.resolve("cat/1.png"), new byte[] {1, 2, 3});
        Files.write(f.resolve("dog/2.png"), new byte[] {4, 5});
        Files.write(f.resolve(".DS_Store"), new byte[] {9});
        Files.write(f.resolve("dog/.hidden"), new byte[] {9});
        return f;
    }

    @Test
    void tarsTheVisibleFilesWithSlashedPathsAndLongNames() throws Exception {
        Path f = folder("a");
        String longName = "a-class-name-longer-than-the-hundred-characters-an-old-tar-header-holds-"
                + "x".repeat(60);
        Files.createDirectories(f.resolve(longName));
        Files.write(f.resolve(longName).resolve("9.png"), new byte[] {7, 7, 7, 7});
        FolderArchive a = FolderArchive.of(f);
        assertEquals(List.of("a-class-name-longer-than-the-hundred-characters-an-old-tar-header-holds-"
                + "x".repeat(60) + "/9.png", "cat/1.png", "dog/2.png"), a.files());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.writeTar(out, ProgressMonitor.NULL);
        out.write(42); // the stream stays open for the caller
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        byte[] tar = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 1);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                sizes.add(in.readAllBytes().length);
            }
        }
        assertEquals(a.files(), names);
        assertEquals(List.of(4, 3, 2), sizes);
    }

    @Test
    void theHashFollowsContentAndNamesOnly() throws Exception {
        String a = FolderArchive.of(folder("a")).contentHash(ProgressMonitor.NULL);
        String b = FolderArchive.of(folder("b")).contentHash(ProgressMonitor.NULL);
        assertEquals(a, b, "same files in another place");
        Files.write(tmp.resolve("b/.DS_Store"), new byte[] {7, 7});
        assertEquals(a, FolderArchive.of(tmp.resolve("b")).contentHash(ProgressMonitor.NULL), "junk does not count");

        Files.write(tmp.resolve("b/dog/2.png"), new byte[] {4, 6});
        String changed = FolderArchive.of(tmp.resolve("b")).contentHash(ProgressMonitor.NULL);
        assertNotEquals(a, changed, "a changed byte");
        Files.write(tmp.resolve("b/dog/2.png"), new byte[] {4, 5});
        Files.move(tmp.resolve("b/dog/2.png"), tmp.resolve("b/dog/3.png"));
        assertNotEquals(a, FolderArchive.of(tmp.resolve("b")).contentHash(ProgressMonitor.NULL), "a renamed file");
        assertEquals(64, a.length());
    }
}
