package org.hillmix.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

/**
 * Issue 8: a PNG whose chunk CRC is wrong was accepted (ImageIO ignores CRCs and the pixels decoded); it is refused,
 * naming the file, the chunk and where it starts.
 */
class PngChecksumsTest {

    @Test
    void aBadChunkCrcIsNamedWithItsChunkAndOffset() throws IOException {
        byte[] png = ImageCodec.encodePng(ImageTensor.of(1, 2, 2, new float[] {0, 0.5f, 1, 0.25f}));
        assertNull(PngChecksums.problem(png), "an intact file");
        assertEquals(1, ImageCodec.decode(png, "ok.png").channels());

        // The first chunk after the 8-byte signature is IHDR (13 data bytes: 4 + 4 + 13 + 4 = 25 bytes), so IDAT
        // starts at byte 33 (ImageIO writes no other chunk in between for a grey 8-bit image).
        assertEquals("IDAT", new String(png, 37, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        int idatLength = ((png[33] & 0xff) << 24) | ((png[34] & 0xff) << 16) | ((png[35] & 0xff) << 8) | (png[36] & 0xff);
        int crcAt = 33 + 8 + idatLength;
        CRC32 crc = new CRC32();
        crc.update(png, 37, 4 + idatLength);
        long stored = crc.getValue();
        byte[] damaged = png.clone();
        damaged[crcAt + 3] ^= 1;
        String expected = String.format(java.util.Locale.ROOT, "PNG chunk IDAT at byte 33 has a bad CRC (stored "
                + "0x%08x, computed 0x%08x): the file was damaged; copy or re-save it", stored ^ 1, stored);
        assertEquals(expected, PngChecksums.problem(damaged));
        IOException e = assertThrows(IOException.class, () -> ImageCodec.decode(damaged, "cat/damaged.png"));
        assertEquals("cat/damaged.png: " + expected, e.getMessage());

        // A damaged IHDR is found as well; a file cut inside a chunk is left to the decoder.
        byte[] header = png.clone();
        header[16 + 4] ^= 0x40; // a byte of the width
        assertEquals("PNG chunk IHDR at byte 8",
                PngChecksums.problem(header).substring(0, "PNG chunk IHDR at byte 8".length()));
        assertNull(PngChecksums.problem(java.util.Arrays.copyOf(png, 40)));
        assertNull(PngChecksums.problem("not a png".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
