package org.hillmix.core.shift;

/**
 * A new textured background: as {@link BackgroundColour}, with {@code b = P c1 + (1 - P) c2}, where
 * {@code P} is a plasma fractal (wibble decay 2, {@link PlasmaFractal}) and {@code c1}, {@code c2}
 * colours of random hue, saturation 0.8 and values 0.9 and 0.4.
 */
final class BackgroundTexture extends TabledShift {

    BackgroundTexture() {
        super("background-texture", ShiftFamily.ATTRIBUTE, "background replaced by a random texture", HILLMIX);
    }

    @Override
    String describe(int severity) {
        return "alpha = " + BackgroundColour.ALPHA[severity - 1] + ", two-colour plasma texture";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double[] c1 = Hsv.toRgb(draws.uniform(), 0.8, 0.9);
        double[] c2 = Hsv.toRgb(draws.uniform(), 0.8, 0.4);
        double[][] p = PlasmaFractal.generate(PlasmaFractal.mapSize(Math.max(in.height, in.width)), 2, draws);
        double[][] bg = new double[in.channels][in.plane()];
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                double t = p[y][x];
                for (int c = 0; c < in.channels; c++) {
                    double v1 = in.channels == 1 ? luminance(c1) : c1[c];
                    double v2 = in.channels == 1 ? luminance(c2) : c2[c];
                    bg[c][y * in.width + x] = t * v1 + (1 - t) * v2;
                }
            }
        }
        return ForegroundEstimate.of(in).replaceBackground(in, BackgroundColour.ALPHA[severity - 1], bg);
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
