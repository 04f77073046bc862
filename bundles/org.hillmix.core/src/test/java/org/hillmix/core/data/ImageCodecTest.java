package org.hillmix.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ImageTensor layout and PNG/JPEG decoding and encoding through javax.imageio. */
class ImageCodecTest {

    @TempDir
    Path tmp;

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, "png", out));
        return out.toByteArray();
    }

    @Test
    void tensorIsChwAndEightBitValuesRoundTripExactly() {
        int[] v = new int[3 * 2 * 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 10;
        }
        ImageTensor t = ImageTensor.fromInts(3, 2, 4, v);
        // channel 2, row 1, column 3 is at (2 * 2 + 1) * 4 + 3 = 23
        assertEquals(230 / 255f, t.get(2, 1, 3));
        assertEquals(50 / 255f, t.get(0, 1, 1));
        assertArrayEquals(v, t.toInts());

        int[] all = new int[256];
        for (int i = 0; i < 256; i++) {
            all[i] = i;
        }
        ImageTensor levels = ImageTensor.fromInts(1, 16, 16, all);
        assertArrayEquals(all, levels.toInts());
        byte[] bytes = levels.toBytes();
        assertEquals(ImageTensor.fromBytes(1, 16, 16, bytes), levels);
        assertEquals(1f, levels.get(0, 15, 15));
    }

    @Test
    void tensorRejectsBadShapesAndValues() {
        assertThrows(IllegalArgumentException.class, () -> ImageTensor.of(2, 1, 1, new float[2]));
        assertThrows(IllegalArgumentException.class, () -> ImageTensor.of(1, 2, 2, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> ImageTensor.of(1, 1, 1, new float[] {1.5f}));
        assertThrows(IllegalArgumentException.class, () -> ImageTensor.of(1, 1, 1, new float[] {Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> ImageTensor.fromInts(1, 1, 1, new int[] {256}));
        assertThrows(IndexOutOfBoundsException.class, () -> ImageTensor.of(1, 1, 1, new float[1]).get(0, 1, 0));
    }

    @Test
    void rgbPngDecodesToThreePlanesInRgbOrder() throws IOException {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        img.setRGB(1, 0, 0x00FF00);
        img.setRGB(2, 0, 0x0000FF);
        img.setRGB(0, 1, 0x102030);
        ImageTensor t = ImageCodec.decode(png(img), "rgb.png");
        assertEquals(3, t.channels());
        assertEquals(2, t.height());
        assertEquals(3, t.width());
        assertEquals(1f, t.get(0, 0, 0));
        assertEquals(0f, t.get(1, 0, 0));
        assertEquals(1f, t.get(1, 0, 1));
        assertEquals(1f, t.get(2, 0, 2));
        assertEquals(0x10 / 255f, t.get(0, 1, 0));
        assertEquals(0x20 / 255f, t.get(1, 1, 0));
        assertEquals(0x30 / 255f, t.get(2, 1, 0));
    }

    @Test
    void greyPngGivesOneChannelWithoutGammaConversion() throws IOException {
        BufferedImage img = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, 4, 1, 0, new int[] {0, 1, 128, 255});
        ImageTensor t = ImageCodec.decode(png(img), "grey.png");
        assertEquals(1, t.channels());
        assertArrayEquals(new int[] {0, 1, 128, 255}, t.toInts());
    }

    @Test
    void sixteenBitGreyIsScaledByItsMaximum() throws IOException {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        img.getRaster().setSamples(0, 0, 2, 1, 0, new int[] {65535, 32768});
        ImageTensor t = ImageCodec.decode(png(img), "grey16.png");
        assertEquals(1, t.channels());
        assertEquals(1f, t.get(0, 0, 0));
        assertEquals(32768 / 65535f, t.get(0, 0, 1), 1e-7);
    }

    @Test
    void alphaIsDropped() throws IOException {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0x40_C8_64_32); // alpha 0x40, R 200, G 100, B 50
        ImageTensor t = ImageCodec.decode(png(img), "rgba.png");
        assertEquals(3, t.channels());
        assertArrayEquals(new int[] {200, 100, 50}, t.toInts());
    }

    @Test
    void paletteImagesGiveTheirColours() throws IOException {
        byte[] r = {0, (byte) 250};
        byte[] g = {0, 20};
        byte[] b = {0, 7};
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(1, 2, r, g, b));
        img.getRaster().setSample(1, 0, 0, 1);
        ImageTensor t = ImageCodec.decode(png(img), "palette.png");
        assertEquals(3, t.channels());
        assertArrayEquals(new int[] {0, 250, 0, 20, 0, 7}, t.toInts());
    }

    @Test
    void jpegDecodesToRoughlyTheSameColour() throws IOException {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                img.setRGB(x, y, 0x3C78B4); // 60, 120, 180
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, "jpeg", out));
        ImageTensor t = ImageCodec.decode(out.toByteArray(), "flat.jpg");
        assertEquals(3, t.channels());
        int[] v = t.toInts();
        // lossy: a flat colour survives within a few levels
        assertEquals(60, v[8 * 16 + 8], 4);
        assertEquals(120, v[256 + 8 * 16 + 8], 4);
        assertEquals(180, v[512 + 8 * 16 + 8], 4);
    }

    @Test
    void encodeThenDecodeIsLosslessForGreyAndRgb() throws IOException {
        int[] rgb = new int[3 * 5 * 7];
        int[] grey = new int[5 * 7];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i * 37) % 256;
        }
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (i * 91) % 256;
        }
        for (ImageTensor t : new ImageTensor[] {ImageTensor.fromInts(3, 5, 7, rgb), ImageTensor.fromInts(1, 5, 7, grey)}) {
            Path f = tmp.resolve("t" + t.channels() + ".png");
            ImageCodec.writePng(t, f);
            BufferedImage back = ImageIO.read(f.toFile());
            assertEquals(8, back.getColorModel().getComponentSize(0));
            assertEquals(t, ImageCodec.read(f));
        }
    }

    @Test
    void corruptOrTruncatedImagesNameTheFile() throws IOException {
        Path junk = tmp.resolve("junk.png");
        Files.writeString(junk, "this is not an image");
        IOException e = assertThrows(IOException.class, () -> ImageCodec.read(junk));
        assertTrue(e.getMessage().contains("junk.png"), e.getMessage());

        byte[] good = ImageCodec.encodePng(ImageTensor.fromInts(3, 8, 8, new int[192]));
        Path cut = tmp.resolve("cut.png");
        Files.write(cut, Arrays.copyOf(good, good.length / 2));
        e = assertThrows(IOException.class, () -> ImageCodec.read(cut));
        assertTrue(e.getMessage().contains("cut.png"), e.getMessage());
    }
}
