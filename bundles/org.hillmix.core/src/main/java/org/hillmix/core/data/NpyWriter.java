package org.hillmix.core.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes NumPy {@code .npy} files readable by {@code numpy.load}: format 1.0 (2.0 when the header
 * exceeds 65,535 bytes), C order, the array's own dtype and byte order, header padded with spaces
 * and a final newline so that the data starts at a multiple of 64 bytes, as NumPy does.
 *
 * <p>Convenience methods write float64 and int64 arrays (little-endian).
 */
public final class NpyWriter {

    private NpyWriter() {
    }

    /** Writes {@code array} to {@code file}, replacing it. */
    public static void write(Path file, NpyArray array) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, array);
        }
    }

    /** Writes {@code array} to {@code out} (not closed). */
    public static void write(OutputStream out, NpyArray array) throws IOException {
        out.write(header(array));
        WritableByteChannel ch = Channels.newChannel(out);
        ByteBuffer data = array.rawData();
        while (data.hasRemaining()) {
            ch.write(data);
        }
        out.flush();
    }

    /** Writes a float64 array of {@code shape} (C order). */
    public static void writeDoubles(Path file, double[] values, int... shape) throws IOException {
        write(file, NpyArray.ofDoubles(values, shape));
    }

    /** Writes a float64 matrix of shape {@code (rows, cols)}. */
    public static void writeDoubles(Path file, double[][] matrix) throws IOException {
        write(file, NpyArray.ofDoubles(matrix));
    }

    /** Writes an int64 array of {@code shape} (C order). */
    public static void writeLongs(Path file, long[] values, int... shape) throws IOException {
        write(file, NpyArray.ofLongs(values, shape));
    }

    /** The magic, version, header length and padded header dict for {@code array}. */
    static byte[] header(NpyArray array) {
        String dict = "{'descr': '" + array.descr() + "', 'fortran_order': False, 'shape': "
                + NpyArray.shapeString(array.shape()) + ", }";
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        int major = text.length + 1 + 10 > 65535 ? 2 : 1;
        int preamble = NpyReader.MAGIC.length + 2 + (major == 1 ? 2 : 4);
        int total = preamble + text.length + 1;
        int padded = (total + 63) / 64 * 64;
        int headerLen = padded - preamble;
        ByteBuffer b = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyReader.MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) headerLen);
        } else {
            b.putInt(headerLen);
        }
        b.put(text);
        while (b.position() < padded - 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }
}
