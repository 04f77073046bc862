package org.hillmix.core.shift;

/**
 * Directional lighting: every value is multiplied by {@code 1 + a t}, where
 * {@code t = (u cos phi + v sin phi) / sqrt(2)} in [-1, 1] is the pixel centre's position along the
 * light direction {@code phi} (uniform in [0, 360) degrees, from the seed) and {@code u, v} are the
 * centre's coordinates scaled to [-1, 1] (v downwards): one side brightens, the other darkens.
 */
final class LightingDirection extends TabledShift {

    static final double[] STRENGTH = {0.2, 0.35, 0.5, 0.65, 0.8};

    LightingDirection() {
        super("lighting-direction", ShiftFamily.ATTRIBUTE, "light falling from one side", HILLMIX);
    }

    @Override
    String describe(int severity) {
        return "gain 1 + a t, a = " + STRENGTH[severity - 1] + ", direction from the seed";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double phi = draws.uniform(0, 2 * Math.PI);
        return light(in, STRENGTH[severity - 1], phi);
    }

    static Planes light(Planes in, double a, double phi) {
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        for (int y = 0; y < in.height; y++) {
            double v = (y + 0.5) / in.height * 2 - 1;
            for (int x = 0; x < in.width; x++) {
                double u = (x + 0.5) / in.width * 2 - 1;
                double gain = 1 + a * (u * cos + v * sin) / Math.sqrt(2);
                for (int c = 0; c < in.channels; c++) {
                    in.set(c, y, x, in.get(c, y, x) * gain);
                }
            }
        }
        return in;
    }
}
