package org.hillmix.core.shift;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;

/**
 * JPEG round trip at IJG quality {@code q}: the image is rounded to 8 bits, encoded as baseline
 * JFIF by the JDK's JPEG writer (the IJG standard tables scaled for quality {@code q}, 4:2:0
 * chroma subsampling for colour) and decoded again.
 */
final class Jpeg extends TabledShift {

    static final int[] QUALITY = {80, 65, 58, 50, 40};

    Jpeg() {
        super("jpeg", ShiftFamily.DIGITAL, "JPEG compression artefacts", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "quality q = " + QUALITY[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        try {
            return Planes.of(roundTrip(in.toTensor(), QUALITY[severity - 1]));
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip failed", e);
        }
    }

    /** Encodes at IJG quality {@code quality} (1-100) and decodes. */
    static ImageTensor roundTrip(ImageTensor t, int quality) throws IOException {
        return ImageCodec.decode(encode(t, quality), "JPEG round trip");
    }

    /** The JPEG bytes at IJG quality {@code quality}. */
    static byte[] encode(ImageTensor t, int quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no JPEG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // the JDK maps compression quality f to the IJG quality 100 f (JPEG.convertToLinearQuality)
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(ImageCodec.toBufferedImage(t), null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
