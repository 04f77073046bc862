package org.hillmix.core.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Checks the CRC-32 of every chunk of a PNG file (PNG specification, 3rd edition, section 5.3: the CRC covers the
 * chunk type and data). {@code javax.imageio}'s PNG reader does not check them, so a file damaged in transit can
 * decode into wrong pixels without a word; this check names the damaged chunk instead.
 *
 * <p>Hand-written because no library on the class path verifies PNG CRCs; it only walks the chunk framing (length,
 * type, data, CRC) and leaves decoding to ImageIO. A file that ends inside a chunk is not reported here: the decoder
 * reports truncation in its own words.
 */
public final class PngChecksums {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngChecksums() {
    }

    /** Whether {@code bytes} start with the PNG signature. */
    public static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length);
    }

    /**
     * The first chunk whose CRC does not match, described in one phrase (e.g. {@code PNG chunk IDAT at byte 33 has a
     * bad CRC (stored 0x1a2b3c4d, computed 0x1a2b3c4c)}), or null when every complete chunk is intact or the bytes
     * are no PNG.
     */
    public static String problem(byte[] bytes) throws IOException {
        return isPng(bytes) ? problem(new ByteArrayInputStream(bytes)) : null;
    }

    /**
     * As {@link #problem(byte[])}, reading a stream that starts with the file's first byte; reads up to the
     * {@code IEND} chunk (or the end), never more than the file holds.
     */
    public static String problem(InputStream in) throws IOException {
        byte[] head = in.readNBytes(SIGNATURE.length);
        if (!Arrays.equals(head, SIGNATURE)) {
            return null;
        }
        long offset = SIGNATURE.length;
        byte[] buf = new byte[64 * 1024];
        while (true) {
            byte[] lengthAndType = in.readNBytes(8);
            if (lengthAndType.length < 8) {
                return null;
            }
            long length = Integer.toUnsignedLong(readInt(lengthAndType, 0));
            String type = printable(new String(lengthAndType, 4, 4, StandardCharsets.ISO_8859_1));
            CRC32 crc = new CRC32();
            crc.update(lengthAndType, 4, 4);
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    return null;
                }
                crc.update(buf, 0, n);
                left -= n;
            }
            byte[] stored = in.readNBytes(4);
            if (stored.length < 4) {
                return null;
            }
            long expected = Integer.toUnsignedLong(readInt(stored, 0));
            if (expected != crc.getValue()) {
                return String.format(Locale.ROOT, "PNG chunk %s at byte %d has a bad CRC (stored 0x%08x, computed "
                        + "0x%08x): the file was damaged; copy or re-save it", type, offset, expected, crc.getValue());
            }
            offset += 12 + length;
            if (type.equals("IEND")) {
                return null;
            }
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** The chunk type as text; anything but ASCII letters is shown as a code, so a message stays one clean line. */
    private static String printable(String type) {
        StringBuilder sb = new StringBuilder();
        for (char c : type.toCharArray()) {
            sb.append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? String.valueOf(c)
                    : String.format(Locale.ROOT, "\\x%02x", (int) c));
        }
        return sb.toString();
    }
}
