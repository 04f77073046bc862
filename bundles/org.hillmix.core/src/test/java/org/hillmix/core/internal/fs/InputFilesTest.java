package org.hillmix.core.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InputFiles}: strict UTF-8 whose errors say which file and which byte. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void decodesValidUtf8LikeTheJdk() throws IOException {
        // multi-byte characters straddle the 8 KiB buffer boundary many times
        String text = "é€😀x".repeat(5000);
        Path f = Files.writeString(dir.resolve("ok.txt"), text);
        assertEquals(text, InputFiles.readString(f));
        assertEquals("", InputFiles.readString(Files.write(dir.resolve("empty.txt"), new byte[0])));
    }

    @Test
    void invalidByteIsReportedAtItsOffsetEvenPastTheFirstBuffer() throws IOException {
        for (int prefix : new int[] {0, 1, 8191, 8192, 8193, 100_000}) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            // two-byte characters before the bad byte: offsets count bytes, not characters
            b.writeBytes("é".repeat(prefix / 2).getBytes(StandardCharsets.UTF_8));
            b.writeBytes("a".repeat(prefix % 2).getBytes(StandardCharsets.UTF_8));
            b.write(0xff);
            b.writeBytes("tail".getBytes(StandardCharsets.UTF_8));
            Path f = Files.write(dir.resolve("bad" + prefix + ".csv"), b.toByteArray());
            IOException e = assertThrows(IOException.class, () -> InputFiles.readString(f));
            assertEquals(f + ": invalid UTF-8 at byte offset " + prefix + " (0xff); save the file as UTF-8",
                    e.getMessage());
        }
    }

    @Test
    void aCharacterCutOffAtTheEndIsInvalid() throws IOException {
        Path f = Files.write(dir.resolve("cut.txt"), new byte[] {'a', 'b', (byte) 0xe2, (byte) 0x82});
        IOException e = assertThrows(IOException.class, () -> InputFiles.readString(f));
        assertTrue(e.getMessage().startsWith(f + ": invalid UTF-8 at byte offset 2"), e.getMessage());
    }

    @Test
    void aFolderIsNamed() {
        IOException e = assertThrows(IOException.class, () -> InputFiles.newReader(dir));
        assertEquals(dir + " is a folder; a file is expected here", e.getMessage());
    }

    @Test
    void namedKeepsMessagesThatNameTheFileAndWrapsTheOthers() {
        Path f = dir.resolve("x.npy");
        IOException own = new IOException("x.npy: not a NumPy file");
        assertEquals(own, InputFiles.named(f, own));
        IOException eio = InputFiles.named(f, new IOException("Input/output error"));
        assertEquals(f + ": cannot read: Input/output error", eio.getMessage());
    }
}
