package org.hillmix.server.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes image files with {@code javax.imageio} to prove they are readable. The dimensions are read from the
 * header first and images larger than {@link #MAX_PIXELS} are refused before decoding, so a small file that
 * claims enormous dimensions cannot exhaust memory.
 */
final class ImageChecker {

    /** File extensions accepted as images (lower case). */
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");
    /** Largest accepted image, in pixels (4096 x 4096). */
    static final long MAX_PIXELS = 4096L * 4096L;

    private ImageChecker() {
    }

    /**
     * Why {@code file} is not a usable image, or null when it decodes.
     */
    static String problem(Path file) {
        // ImageIO ignores PNG chunk CRCs: a damaged file would decode into wrong pixels without a word.
        try (java.io.InputStream raw = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
            String damaged = org.hillmix.core.data.PngChecksums.problem(raw);
            if (damaged != null) {
                return "is damaged: " + damaged;
            }
        } catch (IOException e) {
            return "cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")";
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return "cannot be opened";
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return "is not in a known image format";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    return "has no pixels";
                }
                if (w * h > MAX_PIXELS) {
                    return "is " + w + "x" + h + " pixels, larger than the " + MAX_PIXELS + " pixels allowed";
                }
                if (reader.read(0) == null) {
                    return "cannot be decoded";
                }
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String msg = e.getMessage();
            return "cannot be decoded" + (msg == null || msg.isBlank() ? "" : " (" + firstLine(msg) + ")");
        }
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
