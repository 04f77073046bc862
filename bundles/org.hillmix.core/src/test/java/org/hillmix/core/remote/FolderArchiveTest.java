package org.hillmix.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hillmix.core.progress.ProgressMonitor;
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
    void zipsTheVisibleFilesWithSlashedPaths() throws Exception {
        FolderArchive a = FolderArchive.of(folder("a"));
        assertEquals(List.of("cat/1.png", "dog/2.png"), a.files());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.writeZip(out, ProgressMonitor.NULL);
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                sizes.add(zip.readAllBytes().length);
            }
        }
        assertEquals(List.of("cat/1.png", "dog/2.png"), names);
        assertEquals(List.of(3, 2), sizes);
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
