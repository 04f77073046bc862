package org.hillmix.server.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal streaming reader of POSIX tar archives (ustar, with the GNU long-name and pax {@code path}
 * extensions that common tar tools write for long names). It only reports entries; the caller decides what to
 * extract. Header checksums are verified, so a file that is not a tar archive is recognised at its first header.
 */
final class TarReader {

    /** One archive member. */
    record Entry(String name, char type, long size) {
        boolean isFile() {
            return type == '0' || type == '\0' || type == '7';
        }

        boolean isDirectory() {
            return type == '5';
        }
    }

    private static final int BLOCK = 512;

    private final InputStream in;
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /**
     * Advances to the next member, skipping the unread data of the current one.
     *
     * @return the member, or null at the end of the archive
     * @throws IOException when the archive is truncated or a header is corrupt
     */
    Entry next() throws IOException {
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
        String longName = null;
        while (true) {
            byte[] h = in.readNBytes(BLOCK);
            if (h.length == 0) {
                return null; // tolerated: archives cut after the last member's data
            }
            if (h.length < BLOCK) {
                throw new IOException("truncated tar header");
            }
            if (allZero(h)) {
                return null;
            }
            verifyChecksum(h);
            char type = (char) h[156];
            long size = number(h, 124, 12);
            String name = string(h, 0, 100);
            if (string(h, 257, 5).equals("ustar")) {
                String prefix = string(h, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
            }
            switch (type) {
                case 'L' -> { // GNU long name for the next member
                    longName = trimNul(new String(readData(size), StandardCharsets.UTF_8));
                    continue;
                }
                case 'x' -> { // pax extended header for the next member
                    String path = paxPath(readData(size));
                    if (path != null) {
                        longName = path;
                    }
                    continue;
                }
                case 'g', 'K' -> { // pax global header, GNU long link name: nothing we use
                    readData(size);
                    continue;
                }
                default -> {
                    // a member
                }
            }
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            return new Entry(longName != null ? longName : name, type, size);
        }
    }

    /** The current member's data; reads at most its size and never past it. */
    InputStream data() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b < 0) {
                    throw new IOException("truncated tar member");
                }
                remaining--;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(buf, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new IOException("truncated tar member");
                }
                remaining -= n;
                return n;
            }
        };
    }

    private byte[] readData(long size) throws IOException {
        if (size < 0 || size > 1 << 20) {
            throw new IOException("tar extension header of " + size + " bytes is implausible");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new IOException("truncated tar extension header");
        }
        skip((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("truncated tar archive");
                }
                s = 1;
            }
            n -= s;
        }
    }

    /** The {@code path} record of a pax header ("LEN path=VALUE\n" records, LEN counting bytes), or null. */
    static String paxPath(byte[] records) {
        int i = 0;
        while (i < records.length) {
            int space = i;
            while (space < records.length && records[space] != ' ') {
                space++;
            }
            int len;
            try {
                len = Integer.parseInt(new String(records, i, space - i, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                return null;
            }
            int end = i + len;
            if (len <= 0 || end > records.length || space + 1 > end - 1) {
                return null;
            }
            String record = new String(records, space + 1, end - 1 - (space + 1), StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                return record.substring(5);
            }
            i = end;
        }
        return null;
    }

    private static void verifyChecksum(byte[] h) throws IOException {
        long stored = number(h, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        if (sum != stored) {
            throw new IOException("not a tar archive (header checksum mismatch)");
        }
    }

    /** An octal header field; base-256 (GNU) sizes are accepted up to 2^62. */
    private static long number(byte[] h, int off, int len) throws IOException {
        if ((h[off] & 0x80) != 0) {
            long v = 0;
            for (int i = off + 1; i < off + len; i++) {
                if (v >>> 55 != 0) {
                    throw new IOException("tar size field out of range");
                }
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        }
        String s = string(h, off, len).strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (bad numeric field '" + s + "')");
        }
    }

    private static String string(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int i = s.indexOf('\0');
        return i < 0 ? s : s.substring(0, i);
    }

    private static boolean allZero(byte[] h) {
        for (byte b : h) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
