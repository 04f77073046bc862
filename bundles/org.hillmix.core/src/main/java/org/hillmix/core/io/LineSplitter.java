package org.hillmix.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream at {@code '\n'}, telling whether each line had its line break, so that a
 * reader can tell a cut-off last line from a complete one. Bytes are not decoded: a line cut in
 * the middle of a UTF-8 sequence must not fail before the caller knows it is the last one.
 */
final class LineSplitter {

    /**
     * One line.
     *
     * @param bytes the line without {@code '\n'}
     * @param terminated whether a {@code '\n'} ended it
     */
    record Line(byte[] bytes, boolean terminated) {
        int length() {
            return bytes.length;
        }
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    LineSplitter(InputStream in) {
        this.in = in;
    }

    /** The next line, or {@code null} at the end (an empty unterminated tail is no line). */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int len = 0;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    return len == 0 ? null : new Line(Arrays.copyOf(line, len), false);
                }
            }
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (len + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            }
            System.arraycopy(chunk, start, line, len, n);
            len += n;
            if (pos < limit) {
                pos++;
                return new Line(Arrays.copyOf(line, len), true);
            }
        }
    }

    private boolean fill() throws IOException {
        int r;
        do {
            r = in.read(chunk, 0, chunk.length);
        } while (r == 0);
        if (r < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }
}
