package org.hillmix.core.shift;

/**
 * Zoom out about the centre by factor {@code s} (the object appears smaller), bilinear, the
 * uncovered frame filled with the estimated background colour ({@link Warp}).
 */
final class Scale extends TabledShift {

    static final double[] FACTOR = {0.9, 0.8, 0.7, 0.6, 0.5};

    Scale() {
        super("scale", ShiftFamily.ATTRIBUTE, "smaller object (zoom out about the centre)", HILLMIX);
    }

    @Override
    String describe(int severity) {
        return "s = " + FACTOR[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double inverse = 1 / FACTOR[severity - 1];
        return Warp.affine(in, inverse, 0, 0, inverse);
    }
}
