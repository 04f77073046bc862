package org.hillmix.core.data;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.awt.color.ColorSpace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.hillmix.core.internal.fs.InputFiles;

/**
 * Decodes PNG and JPEG (and the other formats {@code javax.imageio} reads: BMP, GIF, ...) into
 * {@link ImageTensor}s, and encodes tensors as 8-bit PNG.
 *
 * <p>Decoding: grey images give 1 channel, colour images 3 (R, G, B); an alpha channel is
 * dropped (not composited). Samples are divided by their maximum ({@code 255} for 8-bit,
 * {@code 65535} for 16-bit), so values are exactly the stored ones, without colour management.
 * Palette images give 3 channels from the palette.
 *
 * <p>Encoding: each value becomes {@code round(value * 255)}; 1 channel gives an 8-bit grey PNG,
 * 3 channels an 8-bit RGB PNG. Streams are in memory, so ImageIO's disk cache is never used.
 */
public final class ImageCodec {

    private ImageCodec() {
    }

    /**
     * Decodes an image file.
     *
     * @throws IOException naming the file when it cannot be read or decoded
     */
    public static ImageTensor read(Path file) throws IOException {
        InputFiles.requireFile(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputFiles.named(file, e);
        }
        return decode(bytes, file.toString());
    }

    /**
     * Decodes image bytes.
     *
     * @param source name used in error messages
     * @throws IOException naming {@code source} when the bytes are not a decodable image
     */
    public static ImageTensor decode(byte[] bytes, String source) throws IOException {
        // ImageIO ignores PNG chunk CRCs: a damaged file would decode into wrong pixels without a word.
        String damaged = PngChecksums.problem(bytes);
        if (damaged != null) {
            throw new IOException(source + ": " + damaged);
        }
        BufferedImage img;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(source + ": not a readable image (unknown or corrupt format; PNG and JPEG are"
                        + " supported)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                img = reader.read(0);
            } catch (IOException | RuntimeException e) {
                // ImageIO reports corrupt data with IIOException and, for some truncations, runtime exceptions
                throw new IOException(source + ": cannot decode " + reader.getFormatName() + " image: "
                        + (e instanceof java.io.EOFException ? "the file ends early"
                                : e.getMessage() == null ? "unreadable data" : e.getMessage())
                        + " (the file is corrupt or truncated, or uses a variant ImageIO cannot read; re-save it as"
                        + " an 8-bit PNG)", e);
            } finally {
                reader.dispose();
            }
        }
        return fromBufferedImage(img, source);
    }

    /** Converts a decoded image; see the class comment for channels and scaling. */
    static ImageTensor fromBufferedImage(BufferedImage img, String source) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        ColorModel cm = img.getColorModel();
        Raster r = img.getRaster();
        int plane = w * h;
        if (cm instanceof IndexColorModel icm) {
            float[] d = new float[3 * plane];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int p = r.getSample(x, y, 0);
                    int i = y * w + x;
                    d[i] = icm.getRed(p) / 255f;
                    d[plane + i] = icm.getGreen(p) / 255f;
                    d[2 * plane + i] = icm.getBlue(p) / 255f;
                }
            }
            return ImageTensor.of(3, h, w, d);
        }
        int colourBands = cm.getNumColorComponents();
        int csType = cm.getColorSpace().getType();
        if (colourBands == 1 && csType == ColorSpace.TYPE_GRAY) {
            return ImageTensor.of(1, h, w, bands(r, cm, w, h, 1));
        }
        if (colourBands == 3 && csType == ColorSpace.TYPE_RGB) {
            return ImageTensor.of(3, h, w, bands(r, cm, w, h, 3));
        }
        // other colour spaces (e.g. CMYK JPEG): let Java2D convert to sRGB
        float[] d = new float[3 * plane];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                int i = y * w + x;
                d[i] = ((argb >> 16) & 0xFF) / 255f;
                d[plane + i] = ((argb >> 8) & 0xFF) / 255f;
                d[2 * plane + i] = (argb & 0xFF) / 255f;
            }
        }
        return ImageTensor.of(3, h, w, d);
    }

    /** Reads the first {@code n} raster bands (the colour bands; alpha comes last) scaled by their maximum. */
    private static float[] bands(Raster r, ColorModel cm, int w, int h, int n) {
        float[] d = new float[n * w * h];
        int[] row = new int[w];
        for (int b = 0; b < n; b++) {
            float max = (float) ((1L << cm.getComponentSize(b)) - 1);
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, b, row);
                int base = (b * h + y) * w;
                for (int x = 0; x < w; x++) {
                    d[base + x] = row[x] / max;
                }
            }
        }
        return d;
    }

    /** An 8-bit grey (1 channel) or RGB (3 channels) image of {@code t}. */
    public static BufferedImage toBufferedImage(ImageTensor t) {
        int w = t.width();
        int h = t.height();
        int[] v = t.toInts();
        BufferedImage img = new BufferedImage(w, h, t.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_3BYTE_BGR);
        WritableRaster r = img.getRaster();
        int plane = w * h;
        for (int c = 0; c < t.channels(); c++) {
            // raster band c is R, G, B in that order whatever the memory layout
            r.setSamples(0, 0, w, h, c, java.util.Arrays.copyOfRange(v, c * plane, (c + 1) * plane));
        }
        return img;
    }

    /** Encodes {@code t} as an 8-bit PNG. */
    public static byte[] encodePng(ImageTensor t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + t.length());
        writePng(t, out);
        return out.toByteArray();
    }

    /** Writes {@code t} as an 8-bit PNG to {@code out} (not closed). */
    public static void writePng(ImageTensor t, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(toBufferedImage(t));
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    /** Writes {@code t} as an 8-bit PNG file, replacing it. */
    public static void writePng(ImageTensor t, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(t, out);
        }
    }
}
