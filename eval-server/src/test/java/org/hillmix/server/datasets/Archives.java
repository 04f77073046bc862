package org.hillmix.server.datasets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Builds test archives in memory: zip, ustar (written here byte by byte) and tar.gz. */
public final class Archives {

    private Archives() {
    }

    /** A small PNG of one colour. */
    public static byte[] png(int size, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                img.setRGB(x, y, rgb ^ (x * 7 + y * 13));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An image folder with two classes of {@code perClass} 8x8 PNGs under a wrapping folder. */
    public static Map<String, byte[]> imageFolder(String wrapper, int perClass) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < perClass; i++) {
            files.put(wrapper + "cat/" + i + ".png", png(8, 0x804020 + i));
            files.put(wrapper + "dog/" + i + ".png", png(8, 0x204080 + i));
        }
        return files;
    }

    /** A zip of {@code files} (names as given, no folder entries). */
    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** gzip of {@code data}. */
    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    /** Writes ustar archives. */
    public static final class Tar {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        /** A regular file. */
        public Tar file(String name, byte[] data) throws IOException {
            header(name, '0', data.length, "");
            body(data);
            return this;
        }

        /** A folder. */
        public Tar dir(String name) throws IOException {
            header(name, '5', 0, "");
            return this;
        }

        /** A symbolic link. */
        public Tar symlink(String name, String target) throws IOException {
            header(name, '2', 0, target);
            return this;
        }

        /** A file whose long name travels in a GNU 'L' entry. */
        public Tar gnuLongName(String name, byte[] data) throws IOException {
            byte[] n = (name + "\0").getBytes(StandardCharsets.UTF_8);
            header("././@LongLink", 'L', n.length, "");
            body(n);
            return file("truncated-name", data);
        }

        /** A file whose name travels in a pax 'x' header. */
        public Tar paxName(String name, byte[] data) throws IOException {
            String rec = " path=" + name + "\n";
            int len = rec.getBytes(StandardCharsets.UTF_8).length;
            int total = len + Integer.toString(len).length();
            if (Integer.toString(total).length() != Integer.toString(len).length()) {
                total++;
            }
            byte[] pax = (total + rec).getBytes(StandardCharsets.UTF_8);
            header("PaxHeader", 'x', pax.length, "");
            body(pax);
            return file("pax-placeholder", data);
        }

        /** The archive with its two end blocks. */
        public byte[] bytes() {
            out.writeBytes(new byte[1024]);
            return out.toByteArray();
        }

        private void header(String name, char type, long size, String link) throws IOException {
            byte[] h = new byte[512];
            put(h, 0, 100, name);
            put(h, 100, 8, "0000644");
            put(h, 108, 8, "0000000");
            put(h, 116, 8, "0000000");
            put(h, 124, 12, String.format("%011o", size));
            put(h, 136, 12, "00000000000");
            for (int i = 148; i < 156; i++) {
                h[i] = ' ';
            }
            h[156] = (byte) type;
            put(h, 157, 100, link);
            put(h, 257, 6, "ustar");
            put(h, 263, 2, "00");
            long sum = 0;
            for (byte b : h) {
                sum += b & 0xff;
            }
            put(h, 148, 8, String.format("%06o", sum) + "\0 ");
            out.write(h);
        }

        private void body(byte[] data) {
            out.writeBytes(data);
            int pad = (512 - data.length % 512) % 512;
            out.writeBytes(new byte[pad]);
        }

        private static void put(byte[] h, int off, int len, String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, h, off, Math.min(len, b.length));
        }
    }
}
