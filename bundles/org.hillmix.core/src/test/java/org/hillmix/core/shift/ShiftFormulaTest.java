package org.hillmix.core.shift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.hillmix.core.data.ImageTensor;
import org.junit.jupiter.api.Test;

/** Each shift's formula against values computed by hand on tiny images. */
class ShiftFormulaTest {

    private static final double EPS = 1e-6;

    private static ImageTensor apply(String name, ImageTensor img, int severity) {
        return ShiftSuite.byName(name).apply(img, severity, 7);
    }

    @Test
    void gaussianNoiseAddsSigmaTimesTheSameDrawsAtEverySeverity() {
        ImageTensor grey = TestImages.constant(3, 16, 16, 0.5f);
        float[] d1 = apply("gaussian-noise", grey, 1).toArray();
        float[] d5 = apply("gaussian-noise", grey, 5).toArray();
        double sum2 = 0;
        for (int i = 0; i < d1.length; i++) {
            double n1 = d1[i] - 0.5;
            double n5 = d5[i] - 0.5;
            // no value reaches the clip at 0 or 1 (|z| < 5), so the noise is exactly sigma z
            assertEquals(n1 / 0.04, n5 / 0.10, 2e-5, "index " + i);
            sum2 += n1 * n1;
        }
        double sd = Math.sqrt(sum2 / d1.length) / 0.04;
        // 768 standard normals: the sample SD lies within 0.9-1.1 with probability > 0.999
        assertTrue(sd > 0.9 && sd < 1.1, "sample SD of z " + sd);
    }

    @Test
    void shotNoiseGivesMultiplesOfOneOverCWithThePoissonMeanAndVariance() {
        ImageTensor grey = TestImages.constant(3, 32, 32, 0.5f);
        float[] d = apply("shot-noise", grey, 5).toArray(); // c = 50: Poisson(25) / 50
        double sum = 0;
        double sum2 = 0;
        for (float v : d) {
            double k = v * 50.0;
            assertEquals(Math.round(k), k, 1e-4, "value " + v + " is not k / 50");
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / d.length;
        double var = sum2 / d.length - mean * mean;
        // mean 0.5 and variance lambda / c^2 = 25 / 2500 = 0.01; 3072 draws: SE of the mean 0.0018
        assertEquals(0.5, mean, 0.01);
        assertEquals(0.01, var, 0.0015);
    }

    @Test
    void poissonByInversionMatchesTheDistributionFunction() {
        Draws draws = new Draws(new java.util.SplittableRandom(1));
        int n = 20000;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (draws.poisson(0.7) == 0) {
                zeros++;
            }
        }
        // P(X = 0) = exp(-0.7) = 0.496585; SE sqrt(p(1-p)/n) = 0.0035
        assertEquals(Math.exp(-0.7), (double) zeros / n, 0.0125);
        assertEquals(0, draws.poisson(0));
    }

    @Test
    void impulseNoiseSetsAboutTheAmountToZeroOrOneAndGrowsAsASuperset() {
        ImageTensor grey = TestImages.constant(3, 64, 64, 0.5f);
        float[] d1 = apply("impulse-noise", grey, 1).toArray();
        float[] d5 = apply("impulse-noise", grey, 5).toArray();
        int hit1 = 0;
        int hit5 = 0;
        for (int i = 0; i < d1.length; i++) {
            if (d1[i] != 0.5f) {
                assertTrue(d1[i] == 0f || d1[i] == 1f);
                assertEquals(d1[i], d5[i], "a value hit at severity 1 is hit the same way at 5");
                hit1++;
            }
            if (d5[i] != 0.5f) {
                hit5++;
            }
        }
        // 12,288 values: binomial SE of the fraction 0.0009 (a = 0.01) and 0.0023 (a = 0.07)
        assertEquals(0.01, hit1 / (double) d1.length, 0.004);
        assertEquals(0.07, hit5 / (double) d5.length, 0.008);
    }

    @Test
    void speckleNoiseLeavesBlackUntouched() {
        ImageTensor black = TestImages.constant(3, 8, 8, 0f);
        assertEquals(black, apply("speckle-noise", black, 5));
        assertNotEquals(TestImages.constant(3, 8, 8, 0.5f), apply("speckle-noise", TestImages.constant(3, 8, 8, 0.5f), 5));
    }

    @Test
    void defocusKernelsAreTheSmoothedDisks() {
        // severity 1: r = 0.3 holds only the centre; the 3x3 Gaussian of sigma 0.4 has weights e, 1, e
        double e = Math.exp(-1 / (2 * 0.16));
        double g0 = 1 / (1 + 2 * e);
        double g1 = e / (1 + 2 * e);
        float[] out = apply("defocus-blur", TestImages.impulse(5, 5, 2, 2, 1f), 1).toArray();
        assertEquals(g0 * g0, out[2 * 5 + 2], EPS);
        assertEquals(g0 * g1, out[1 * 5 + 2], EPS);
        assertEquals(g1 * g1, out[1 * 5 + 1], EPS);
        assertEquals(0, out[0], EPS);
        // severity 5: r = 1.5 holds the 3x3 square (2 <= 2.25); sigma 0.1 leaves it a 1/9 box
        out = apply("defocus-blur", TestImages.impulse(5, 5, 2, 2, 1f), 5).toArray();
        for (int y = 1; y <= 3; y++) {
            for (int x = 1; x <= 3; x++) {
                assertEquals(1 / 9.0, out[y * 5 + x], EPS);
            }
        }
        assertEquals(0, out[0], EPS);
        // severity 4: r = 1 holds the 5-pixel cross
        out = apply("defocus-blur", TestImages.impulse(5, 5, 2, 2, 1f), 4).toArray();
        assertEquals(0.2, out[2 * 5 + 1], 1e-4);
        assertEquals(0.0, out[1 * 5 + 1], 1e-4);
    }

    @Test
    void defocusReflectsAtTheBorderLikeOpenCv() {
        // reflect-101 at the left edge: the value left of column 0 is column 1
        assertEquals(1, Borders.REFLECT_101.index(-1, 5));
        assertEquals(3, Borders.REFLECT_101.index(5, 5));
        assertEquals(0, Borders.NEAREST.index(-3, 5));
        assertEquals(4, Borders.NEAREST.index(7, 5));
    }

    @Test
    void gaussianBlurTruncatesAtFourSigma() {
        // sigma 1: radius int(4 + 0.5) = 4; centre weight 1 / sum_{k=-4..4} exp(-k^2/2) = 1 / 2.5066208
        double s = 1 + 2 * (Math.exp(-0.5) + Math.exp(-2) + Math.exp(-4.5) + Math.exp(-8));
        assertEquals(2.5066208, s, 1e-7);
        float[] out = apply("gaussian-blur", TestImages.impulse(9, 9, 4, 4, 1f), 5).toArray();
        assertEquals(1 / (s * s), out[4 * 9 + 4], EPS);
        assertEquals(Math.exp(-8) / (s * s), out[4 * 9 + 0], EPS);
        // sigma 0.4: radius int(1.6 + 0.5) = 2
        assertEquals(5, Filters.gaussianKernel(0.4, 4.0).length);
    }

    @Test
    void glassBlurAtSeverityOneCopiesEachPixelFromItselfOrAnUpperLeftNeighbour() {
        // sigma 0.05 gives a 1-tap blur (radius int(0.2 + 0.5) = 0), so severity 1 is the copying pass alone:
        // d = 1, (dy, dx) in {-1, 0}^2, rows and columns 31..2 visited downwards, so every source is unvisited
        int[] levels = new int[64];
        for (int i = 0; i < 64; i++) {
            levels[i] = 4 * i;
        }
        ImageTensor img = ImageTensor.fromInts(1, 8, 8, levels);
        ImageTensor out = apply("glass-blur", img, 1);
        int moved = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                float v = out.get(0, y, x);
                if (y < 2 || x < 2) {
                    assertEquals(img.get(0, y, x), v, "row and column 0 and 1 are not visited");
                    continue;
                }
                boolean fromNeighbour = v == img.get(0, y, x) || v == img.get(0, y - 1, x)
                        || v == img.get(0, y, x - 1) || v == img.get(0, y - 1, x - 1);
                assertTrue(fromNeighbour, "(" + y + ", " + x + ")");
                if (v != img.get(0, y, x)) {
                    moved++;
                }
            }
        }
        // each of the 36 visited pixels keeps its value with probability 1/4
        assertTrue(moved > 15, moved + " of 36 moved");
    }

    @Test
    void motionBlurKernelIsAOneSidedGaussianAlongTheAngle() {
        // angle 0: tap i of the pixel at column x reads column x + i, so column 0 sees the impulse at
        // column 2 through tap 2 (weight w_2 / sum w) and column 2 through tap 0
        Planes p = Planes.of(TestImages.impulse(1, 20, 0, 2, 1f));
        Planes out = MotionBlur.blur(p, 6, 1, 0);
        double sum = 0;
        for (int i = 0; i <= 12; i++) {
            sum += Math.exp(-i * i / 2.0);
        }
        assertEquals(Math.exp(-2) / sum, out.get(0, 0, 0), EPS);
        assertEquals(1 / sum, out.get(0, 0, 2), EPS);
        assertEquals(0, out.get(0, 0, 3), EPS); // one-sided: nothing to the right of the impulse
    }

    @Test
    void zoomResizesTheCentralCropLinearly() {
        // 4 columns 0, .3, .6, .9; z = 1.25: ch = ceil(3.2) = 4, n = 5, trim 0, positions o * 3 / 4
        float[] row = {0f, 0.3f, 0.6f, 0.9f};
        float[] d = new float[16];
        for (int y = 0; y < 4; y++) {
            System.arraycopy(row, 0, d, y * 4, 4);
        }
        Planes z = ZoomBlur.zoom(Planes.of(ImageTensor.of(1, 4, 4, d)), 1.25);
        assertEquals(0.0, z.get(0, 0, 0), EPS);
        assertEquals(0.225, z.get(0, 0, 1), EPS);
        assertEquals(0.45, z.get(0, 0, 2), EPS);
        assertEquals(0.675, z.get(0, 3, 3), EPS);
        // z = 1 is the identity
        assertArrayEquals(d, ZoomBlur.zoom(Planes.of(ImageTensor.of(1, 4, 4, d)), 1).toTensor().toArray());
    }

    @Test
    void fogOfAConstantImageSpansMTimesXOverXPlusAToX() {
        // x = 0.5, a = 0.2: y = (0.5 + 0.2 P) 0.5 / 0.7, P in [0, 1] reaching both ends
        float[] d = apply("fog", TestImages.constant(3, 32, 32, 0.5f), 1).toArray();
        double min = 1;
        double max = 0;
        for (float v : d) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0.25 / 0.7, min, EPS);
        assertEquals(0.5, max, EPS);
    }

    @Test
    void brightnessRaisesTheHsvValue() {
        // (0.2, 0.4, 0.8): V = 0.8; +0.3 clips at 1, so every channel scales by 1 / 0.8
        assertArrayEquals(new float[] {0.25f, 0.5f, 1f}, apply("brightness", TestImages.pixel(0.2f, 0.4f, 0.8f), 5)
                .toArray(), 1e-6f);
        // +0.05: scale 0.85 / 0.8
        assertArrayEquals(new float[] {0.2125f, 0.425f, 0.85f},
                apply("brightness", TestImages.pixel(0.2f, 0.4f, 0.8f), 1).toArray(), 1e-6f);
        assertArrayEquals(new float[] {0.35f}, apply("brightness", ImageTensor.of(1, 1, 1, new float[] {0.2f}), 3)
                .toArray(), 1e-6f);
    }

    @Test
    void contrastPullsTowardsTheChannelMean() {
        ImageTensor img = ImageTensor.of(1, 1, 2, new float[] {0.2f, 0.6f});
        assertArrayEquals(new float[] {0.3f, 0.5f}, apply("contrast", img, 2).toArray(), 1e-6f);
        ImageTensor flat = TestImages.constant(3, 4, 4, 0.3f);
        assertArrayEquals(flat.toArray(), apply("contrast", flat, 5).toArray(), 1e-6f);
    }

    @Test
    void saturateScalesHsvSaturation() {
        // (0.2, 0.4, 0.8): S = 0.75; x 0.3 -> 0.225: min = 0.8 * 0.775 = 0.62, G keeps its third of the range
        assertArrayEquals(new float[] {0.62f, 0.68f, 0.8f}, apply("saturate", TestImages.pixel(0.2f, 0.4f, 0.8f), 1)
                .toArray(), 1e-6f);
        // x 2.5 + 0.2 clips at 1: min 0, G = 0.8 / 3
        assertArrayEquals(new float[] {0f, 0.8f / 3, 0.8f}, apply("saturate", TestImages.pixel(0.2f, 0.4f, 0.8f), 5)
                .toArray(), 1e-6f);
        ImageTensor grey = TestImages.constant(1, 2, 2, 0.4f);
        assertEquals(grey, apply("saturate", grey, 5));
    }

    @Test
    void hsvRoundTripsEverySector() {
        float[][] rgb = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 1, 1}, {0, 0, 1}, {1, 0, 1}, {0.3f, 0.7f, 0.2f}};
        for (float[] c : rgb) {
            double[] hsv = Hsv.fromRgb(c[0], c[1], c[2]);
            double[] back = Hsv.toRgb(hsv[0], hsv[1], hsv[2]);
            for (int i = 0; i < 3; i++) {
                assertEquals(c[i], back[i], 1e-7, Arrays.toString(c));
            }
        }
        assertEquals(1 / 3.0, Hsv.fromRgb(0, 1, 0)[0], 1e-12);
    }

    @Test
    void jpegUsesTheIjgTablesScaledForTheQuality() throws IOException {
        ImageTensor img = TestImages.constant(3, 16, 16, 128 / 255f);
        // IJG scaling: q >= 50 -> 200 - 2q percent, q < 50 -> 5000 / q; entry (t * scale + 50) / 100
        assertEquals((16 * 40 + 50) / 100, firstQuantiser(Jpeg.encode(img, 80), 0)); // 6
        assertEquals((17 * 40 + 50) / 100, firstQuantiser(Jpeg.encode(img, 80), 1)); // 7
        assertEquals((16 * 125 + 50) / 100, firstQuantiser(Jpeg.encode(img, 40), 0)); // 20
        // a flat 8-bit image survives the round trip exactly (DC only)
        assertEquals(img, apply("jpeg", img, 5));
    }

    /** The first (DC) entry of quantisation table {@code id} in JPEG bytes (8-bit tables). */
    private static int firstQuantiser(byte[] jpeg, int id) {
        int i = 2;
        while (i + 4 < jpeg.length) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xDB) {
                int p = i + 4;
                while (p < i + 2 + length) {
                    int pqTq = jpeg[p] & 0xFF;
                    if ((pqTq & 0x0F) == id) {
                        return jpeg[p + 1] & 0xFF;
                    }
                    p += 65;
                }
            }
            i += 2 + length;
        }
        throw new AssertionError("no quantisation table " + id);
    }

    @Test
    void pixelateUsesPillowsBoxWeights() {
        // 32 -> 30: scale 16/15; output 0 is input 0 alone, output 7 (centre 8.0) averages inputs 7 and 8
        double[][] down = Pixelate.weights(32, 30);
        assertEquals(1.0, down[0][0], EPS);
        assertEquals(0.0, down[0][1], EPS);
        assertEquals(0.5, down[7][7], EPS);
        assertEquals(0.5, down[7][8], EPS);
        // 30 -> 32: footprint 1, every output takes the one input whose centre is within half a pixel
        double[][] up = Pixelate.weights(30, 32);
        for (double[] row : up) {
            assertEquals(1.0, Arrays.stream(row).max().orElseThrow(), EPS);
        }
        // 4 -> 2: exact 2x2 means
        Planes p = Planes.of(ImageTensor.of(1, 2, 4, new float[] {0, 0.2f, 0.4f, 0.6f, 0.2f, 0.4f, 0.6f, 0.8f}));
        Planes small = Pixelate.resize(p, 1, 2);
        assertEquals(0.2, small.get(0, 0, 0), EPS);
        assertEquals(0.6, small.get(0, 0, 1), EPS);
    }

    @Test
    void lightingGainIsLinearAlongTheDirection() {
        // width 2, phi = 0: u = -0.5 and 0.5, gain 1 -/+ 0.8 * 0.5 / sqrt 2
        Planes p = LightingDirection.light(Planes.of(TestImages.constant(1, 1, 2, 0.5f)), 0.8, 0);
        double g = 0.8 * 0.5 / Math.sqrt(2);
        assertEquals(0.5 * (1 - g), p.get(0, 0, 0), EPS);
        assertEquals(0.5 * (1 + g), p.get(0, 0, 1), EPS);
    }

    @Test
    void colourTemperatureFollowsThePlanckianLocus() {
        // CIE 1931 chromaticity of a 4000 K black body (Wyszecki and Stiles, table 1(3.11)): x = 0.3805, y = 0.3768
        double[] xy = ColourTemperature.planckian(4000);
        assertEquals(0.3805, xy[0], 5e-4);
        assertEquals(0.3768, xy[1], 5e-4);
        // 6500 K against itself: no change
        assertArrayEquals(new double[] {1, 1, 1}, ColourTemperature.gains(6500), 1e-12);
        double[] g = ColourTemperature.gains(2000);
        assertTrue(g[0] > g[1] && g[1] > g[2], Arrays.toString(g));
        assertEquals(1.0, 0.2126 * g[0] + 0.7152 * g[1] + 0.0722 * g[2], 1e-12);
        // sRGB curve: 0.5 decodes to 0.2140 and back
        assertEquals(0.21404, ColourTemperature.decode(0.5), 1e-5);
        assertEquals(0.5, ColourTemperature.encode(ColourTemperature.decode(0.5)), 1e-12);
        ImageTensor grey = TestImages.constant(1, 2, 2, 0.4f);
        assertEquals(grey, apply("colour-temperature", grey, 5));
    }

    @Test
    void occlusionPaintsOneGreySquareOfTheTabledSide() {
        int[] sides = {6, 10, 13, 16, 19};
        for (int s = 1; s <= 5; s++) {
            float[] d = apply("occlusion", TestImages.constant(3, 32, 32, 0f), s).toArray();
            long grey = 0;
            for (float v : d) {
                if (v == 0.5f) {
                    grey++;
                }
            }
            assertEquals(3L * sides[s - 1] * sides[s - 1], grey, "severity " + s);
        }
    }

    @Test
    void warpsMapPixelCentresExactly() {
        ImageTensor img = ramp(1, 3, 3);
        // rotation by 90 degrees: the output offset (x, y) reads the input offset (y, -x)
        Planes r = Warp.affine(Planes.of(img), 0, 1, -1, 0);
        assertEquals(img.get(0, 2, 0), (float) r.get(0, 0, 0), 1e-6);
        assertEquals(img.get(0, 0, 0), (float) r.get(0, 0, 2), 1e-6);
        assertEquals(img.get(0, 1, 1), (float) r.get(0, 1, 1), 1e-6);
        // zoom out by 1/2 on 5x5: the pixel one right of the centre reads two right of it
        ImageTensor five = ramp(1, 5, 5);
        Planes s = Warp.affine(Planes.of(five), 2, 0, 0, 2);
        assertEquals(five.get(0, 2, 4), (float) s.get(0, 2, 3), 1e-6);
        assertEquals(five.get(0, 2, 2), (float) s.get(0, 2, 2), 1e-6);
        // outside the image: the border band's mean
        double mean = 0;
        int n = 0;
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                if (y == 0 || x == 0 || y == 4 || x == 4) {
                    mean += five.get(0, y, x);
                    n++;
                }
            }
        }
        assertEquals(mean / n, s.get(0, 0, 0), 1e-6);
    }

    @Test
    void backgroundColourReplacesTheBorderAndKeepsTheCentre() {
        // blue background, red 8x8 square in the middle of 16x16
        float[] d = new float[3 * 256];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                boolean object = y >= 4 && y < 12 && x >= 4 && x < 12;
                d[y * 16 + x] = object ? 1f : 0f;
                d[2 * 256 + y * 16 + x] = object ? 0f : 1f;
            }
        }
        ImageTensor img = ImageTensor.of(3, 16, 16, d);
        ImageTensor out = apply("background-colour", img, 5);
        // corner: colour evidence 0 (it is a border colour), so alpha = 1 replaces it by the new colour
        float r = out.get(0, 0, 0);
        float g = out.get(1, 0, 0);
        float b = out.get(2, 0, 0);
        assertEquals(0.8f, Math.max(r, Math.max(g, b)), 1e-6, "V = 0.8");
        assertEquals(0.8f * 0.2f, Math.min(r, Math.min(g, b)), 1e-6, "S = 0.8");
        // the object's centre keeps at least 95% of its red (prior weight there exp(-2 (1/16)^2 / 0.5) = 0.984)
        assertTrue(out.get(0, 7, 7) > 0.95f, "red " + out.get(0, 7, 7));
        // severity 1 moves the corner a fifth of the way
        ImageTensor mild = apply("background-colour", img, 1);
        assertEquals(1 + 0.2 * (b - 1), mild.get(2, 0, 0), 1e-6);
    }

    /** Values {@code i / (n - 1)} in storage order. */
    static ImageTensor ramp(int c, int h, int w) {
        int n = c * h * w;
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            d[i] = (float) i / (n - 1);
        }
        return ImageTensor.of(c, h, w, d);
    }
}
