package org.hillmix.core.shift;

/**
 * Fog: {@code y = (x + a P) M / (M + a)}, with {@code P} a plasma fractal in [0, 1]
 * ({@link PlasmaFractal}, wibble decay {@code d}) the same for all channels, cropped from the top
 * left of a map whose side is the smallest power of two that holds the image, and {@code M} the
 * image's largest value before the fog.
 */
final class Fog extends TabledShift {

    static final double[] AMOUNT = {0.2, 0.5, 0.75, 1.0, 1.5};
    static final double[] DECAY = {3, 3, 2.5, 2, 1.75};

    Fog() {
        super("fog", ShiftFamily.WEATHER, "additive plasma-fractal haze", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "a = " + AMOUNT[severity - 1] + ", wibble decay d = " + DECAY[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double a = AMOUNT[severity - 1];
        double[][] p = PlasmaFractal.generate(PlasmaFractal.mapSize(Math.max(in.height, in.width)),
                DECAY[severity - 1], draws);
        double max = in.max();
        double scale = max / (max + a);
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                for (int x = 0; x < in.width; x++) {
                    in.set(c, y, x, (in.get(c, y, x) + a * p[y][x]) * scale);
                }
            }
        }
        return in;
    }
}
