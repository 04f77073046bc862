package org.hillmix.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: reads a 2-D little-endian int64 or float64 NumPy {@code .npy} array (format 1.0/2.0). */
final class Npy {

    final int rows;
    final int cols;
    final ByteBuffer data;
    final boolean isFloat;

    private Npy(int rows, int cols, ByteBuffer data, boolean isFloat) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        this.isFloat = isFloat;
    }

    static Npy read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.get(0) != (byte) 0x93 || b.get(1) != 'N') {
            throw new IOException(file + ": not a .npy file");
        }
        int major = b.get(6);
        int headerLen = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(b.array(), start, headerLen, StandardCharsets.ISO_8859_1);
        Matcher shape = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)").matcher(header);
        if (!shape.find() || header.contains("'fortran_order': True")) {
            throw new IOException(file + ": expected a C-ordered 2-D array, header " + header);
        }
        boolean isFloat = header.contains("'<f8'");
        if (!isFloat && !header.contains("'<i8'")) {
            throw new IOException(file + ": expected <i8 or <f8, header " + header);
        }
        ByteBuffer data = b.position(start + headerLen).slice().order(ByteOrder.LITTLE_ENDIAN);
        return new Npy(Integer.parseInt(shape.group(1)), Integer.parseInt(shape.group(2)), data, isFloat);
    }

    long getLong(int r, int c) {
        return data.getLong((r * cols + c) * 8);
    }

    double getDouble(int r, int c) {
        return data.getDouble((r * cols + c) * 8);
    }
}
