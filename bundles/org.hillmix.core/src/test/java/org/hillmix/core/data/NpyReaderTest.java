package org.hillmix.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made .npy files of every supported dtype, byte order and format version, and the errors. */
class NpyReaderTest {

    @TempDir
    Path tmp;

    /** A .npy file with the given raw header dict and data bytes (format {@code major}.0). */
    static byte[] npy(int major, String dict, byte[] data) {
        byte[] text = (dict + "\n").getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int lenBytes = major == 1 ? 2 : 4;
        ByteBuffer b = ByteBuffer.allocate(8 + lenBytes + text.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            b.putShort((short) text.length);
        } else {
            b.putInt(text.length);
        }
        b.put(text).put(data);
        return b.array();
    }

    static String dict(String descr, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    }

    static NpyArray read(byte[] file) throws IOException {
        return NpyReader.read(new ByteArrayInputStream(file), "test.npy");
    }

    static byte[] bytes(ByteOrder order, int size, long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * size).order(order);
        for (long v : values) {
            switch (size) {
                case 1 -> b.put((byte) v);
                case 2 -> b.putShort((short) v);
                case 4 -> b.putInt((int) v);
                default -> b.putLong(v);
            }
        }
        return b.array();
    }

    @Test
    void signedIntegersInBothByteOrders() throws IOException {
        long[] values = {-3, 0, 7, 100, -100, 42};
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            char o = order == ByteOrder.BIG_ENDIAN ? '>' : '<';
            for (int size : new int[] {1, 2, 4, 8}) {
                String descr = (size == 1 ? '|' : o) + "i" + size;
                NpyArray a = read(npy(1, dict(descr, "(2, 3)"), bytes(order, size, values)));
                assertArrayEquals(values, a.asLongArray(), descr);
                assertArrayEquals(new int[] {2, 3}, a.shape(), descr);
                assertEquals(6, a.elementCount());
                assertEquals(-100.0, a.getDouble(4), descr);
                assertArrayEquals(new long[] {100, -100, 42}, a.asLongMatrix()[1], descr);
            }
        }
    }

    @Test
    void unsignedIntegersKeepTheirHighValues() throws IOException {
        NpyArray u1 = read(npy(1, dict("|u1", "(3,)"), new byte[] {0, (byte) 200, (byte) 255}));
        assertArrayEquals(new long[] {0, 200, 255}, u1.asLongArray());
        assertEquals(NpyDtype.UINT8, u1.dtype());
        NpyArray u2 = read(npy(1, dict(">u2", "(2,)"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x01, 0x02}));
        assertArrayEquals(new long[] {65534, 258}, u2.asLongArray());
        NpyArray u4 = read(npy(1, dict("<u4", "(1,)"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF}));
        assertArrayEquals(new long[] {4294967295L}, u4.asLongArray());
        assertArrayEquals(new double[] {4294967295.0}, u4.asDoubleArray());
    }

    @Test
    void floatsInBothByteOrders() throws IOException {
        double[] values = {0.5, -1.25, 3.0e10, Double.MIN_NORMAL};
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            char o = order == ByteOrder.BIG_ENDIAN ? '>' : '<';
            ByteBuffer f8 = ByteBuffer.allocate(32).order(order);
            ByteBuffer f4 = ByteBuffer.allocate(16).order(order);
            for (double v : values) {
                f8.putDouble(v);
                f4.putFloat((float) v);
            }
            NpyArray a8 = read(npy(1, dict(o + "f8", "(2, 2)"), f8.array()));
            assertArrayEquals(values, a8.asDoubleArray(), 0.0);
            assertArrayEquals(new double[] {3.0e10, Double.MIN_NORMAL}, a8.asDoubleMatrix()[1], 0.0);
            NpyArray a4 = read(npy(1, dict(o + "f4", "(4,)"), f4.array()));
            for (int i = 0; i < 4; i++) {
                assertEquals((float) values[i], a4.getDouble(i), 0.0);
            }
            assertEquals(NpyDtype.FLOAT32, a4.dtype());
        }
    }

    @Test
    void boolGivesZeroOrOne() throws IOException {
        NpyArray a = read(npy(1, dict("|b1", "(4,)"), new byte[] {0, 1, 1, 0}));
        assertArrayEquals(new long[] {0, 1, 1, 0}, a.asLongArray());
        assertArrayEquals(new double[] {0, 1, 1, 0}, a.asDoubleArray(), 0.0);
    }

    @Test
    void anyShapeIncludingScalarsEmptyAndHigherRank() throws IOException {
        NpyArray scalar = read(npy(1, dict("<i8", "()"), bytes(ByteOrder.LITTLE_ENDIAN, 8, 9)));
        assertEquals(0, scalar.ndim());
        assertEquals(1, scalar.elementCount());
        assertEquals(9, scalar.getLong(0));
        NpyArray empty = read(npy(1, dict("<f8", "(0, 5)"), new byte[0]));
        assertEquals(0, empty.elementCount());
        assertEquals(0, empty.asDoubleMatrix().length);
        long[] v = new long[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        NpyArray cube = read(npy(1, dict("<i2", "(2, 3, 4)"), bytes(ByteOrder.LITTLE_ENDIAN, 2, v)));
        assertArrayEquals(new int[] {2, 3, 4}, cube.shape());
        // C order: element (1, 2, 3) is at (1*3 + 2)*4 + 3 = 23
        assertEquals(23, cube.getLong((1 * 3 + 2) * 4 + 3));
        assertThrows(IllegalStateException.class, cube::asDoubleMatrix);
    }

    @Test
    void formatVersions2And3AndKeyOrderAndSpacing() throws IOException {
        byte[] data = bytes(ByteOrder.LITTLE_ENDIAN, 4, 1, 2);
        assertArrayEquals(new long[] {1, 2}, read(npy(2, dict("<i4", "(2,)"), data)).asLongArray());
        assertArrayEquals(new long[] {1, 2}, read(npy(3, dict("<i4", "(2,)"), data)).asLongArray());
        String reordered = "{ 'shape':(1,2),'fortran_order':False,\"descr\":\"<i4\"}";
        NpyArray a = read(npy(1, reordered, data));
        assertArrayEquals(new int[] {1, 2}, a.shape());
    }

    @Test
    void trailingBytesAreIgnoredLikeNumpyLoad() throws IOException {
        byte[] data = bytes(ByteOrder.LITTLE_ENDIAN, 8, 5, 6, 7);
        NpyArray a = read(npy(1, dict("<i8", "(2,)"), data));
        assertArrayEquals(new long[] {5, 6}, a.asLongArray());
    }

    @Test
    void fortranOrderIsRejectedWithTheFix() {
        byte[] f = npy(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }", new byte[32]);
        IOException e = assertThrows(IOException.class, () -> read(f));
        assertTrue(e.getMessage().contains("test.npy"), e.getMessage());
        assertTrue(e.getMessage().contains("Fortran"), e.getMessage());
        assertTrue(e.getMessage().contains("np.ascontiguousarray"), e.getMessage());
    }

    @Test
    void objectArraysAreRejectedWithTheFix() {
        byte[] f = npy(1, dict("|O", "(2,)"), new byte[16]);
        IOException e = assertThrows(IOException.class, () -> read(f));
        assertTrue(e.getMessage().contains("test.npy"), e.getMessage());
        assertTrue(e.getMessage().contains("'|O'"), e.getMessage());
        assertTrue(e.getMessage().contains("numeric dtype"), e.getMessage());
    }

    @Test
    void otherBadFilesAreRejectedWithTheirFileName() throws IOException {
        IOException e = assertThrows(IOException.class, () -> read("not numpy at all".getBytes(
                StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("not a NumPy .npy file"), e.getMessage());
        e = assertThrows(IOException.class, () -> read(npy(1, dict("<c16", "(1,)"), new byte[16])));
        assertTrue(e.getMessage().contains("'<c16'") && e.getMessage().contains("float64"), e.getMessage());
        e = assertThrows(IOException.class, () -> read(npy(1, "{'descr': [('a', '<i4')], 'fortran_order': False,"
                + " 'shape': (1,), }", new byte[4])));
        assertTrue(e.getMessage().contains("structured"), e.getMessage());
        e = assertThrows(IOException.class, () -> read(npy(1, dict("<f8", "(3, 4)"), new byte[80])));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("96"), e.getMessage());
        e = assertThrows(IOException.class, () -> read(npy(7, dict("<f8", "(1,)"), new byte[8])));
        assertTrue(e.getMessage().contains("version 7.0"), e.getMessage());
        Path empty = Files.createFile(tmp.resolve("empty.npy"));
        e = assertThrows(IOException.class, () -> NpyReader.read(empty));
        assertTrue(e.getMessage().startsWith("empty.npy:"), e.getMessage());
    }

    @Test
    void floatArraysRefuseIntegerAccess() throws IOException {
        NpyArray a = NpyArray.ofDoubles(new double[] {1.5}, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, a::asLongArray);
        assertTrue(e.getMessage().contains("float64"), e.getMessage());
    }

    @Test
    void writerRoundTripsAndAlignsTheHeaderLikeNumpy() throws IOException {
        double[][] m = {{0.1, 0.2, 0.7}, {1, 0, -2.5}};
        Path f = tmp.resolve("m.npy");
        NpyWriter.writeDoubles(f, m);
        byte[] raw = Files.readAllBytes(f);
        // NumPy pads the header so that the data starts at a multiple of 64 bytes, ending in '\n':
        // 10 preamble bytes + the 60-character dict + '\n' = 71, padded to 128
        assertEquals(128 + 6 * 8, raw.length);
        assertEquals(118, (raw[8] & 0xFF) | (raw[9] & 0xFF) << 8);
        assertEquals('\n', raw[127]);
        String header = new String(raw, 10, 118, StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"), header);
        NpyArray back = NpyReader.read(f);
        assertArrayEquals(m[0], back.asDoubleMatrix()[0], 0.0);
        assertArrayEquals(m[1], back.asDoubleMatrix()[1], 0.0);

        long[] idx = {3, 1, 4, 1, 5};
        Path g = tmp.resolve("i.npy");
        NpyWriter.writeLongs(g, idx, 5);
        NpyArray li = NpyReader.read(g);
        assertEquals("<i8", li.descr());
        assertArrayEquals(new int[] {5}, li.shape());
        assertArrayEquals(idx, li.asLongArray());
        assertArrayEquals(new int[] {3, 1, 4, 1, 5}, li.asIntArray());

        // a big-endian int16 array read from bytes is written back with its own dtype and order
        NpyArray be = read(npy(1, dict(">i2", "(2,)"), bytes(ByteOrder.BIG_ENDIAN, 2, -2, 300)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.write(out, be);
        NpyArray again = read(out.toByteArray());
        assertEquals(">i2", again.descr());
        assertArrayEquals(new long[] {-2, 300}, again.asLongArray());
    }

    @Test
    void writerRejectsMismatchedShapes() {
        assertThrows(IllegalArgumentException.class, () -> NpyArray.ofDoubles(new double[5], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> NpyArray.ofDoubles(new double[][] {{1, 2}, {3}}));
    }

    @Test
    void mappedReadsGiveTheSameArraysAndTheSameRefusals() throws IOException {
        double[][] m = {{0.1, 0.2, 0.7}, {1, 0, -2.5}};
        Path f = tmp.resolve("mapped.npy");
        NpyWriter.writeDoubles(f, m);
        NpyArray mapped = NpyReader.map(f);
        assertArrayEquals(NpyReader.read(f).asDoubleArray(), mapped.asDoubleArray(), 0.0);
        assertArrayEquals(new int[] {2, 3}, mapped.shape());

        // a big-endian file keeps its byte order when mapped
        Path be = tmp.resolve("be.npy");
        Files.write(be, npy(1, dict(">i2", "(2,)"), bytes(ByteOrder.BIG_ENDIAN, 2, -2, 300)));
        assertArrayEquals(new long[] {-2, 300}, NpyReader.map(be).asLongArray());

        // one byte short of the data: refused with the file's name, the needed and the found size
        Path cut = tmp.resolve("cut.npy");
        byte[] whole = Files.readAllBytes(f);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 1));
        IOException e = assertThrows(IOException.class, () -> NpyReader.map(cut));
        assertTrue(e.getMessage().startsWith("cut.npy: file is truncated") && e.getMessage().contains("needs 48")
                && e.getMessage().contains("only 47"), e.getMessage());
        Path empty = Files.createFile(tmp.resolve("empty-mapped.npy"));
        e = assertThrows(IOException.class, () -> NpyReader.map(empty));
        assertTrue(e.getMessage().startsWith("empty-mapped.npy:"), e.getMessage());
    }
}
