package org.hillmix.core.shift;

/**
 * {@code S' = clip(S a + b)} in HSV. The published severities first desaturate (1, 2) and then
 * oversaturate (3-5), so the distortion is <b>not</b> monotone in severity; grey images are unchanged.
 */
final class Saturate extends TabledShift {

    static final double[] FACTOR = {0.3, 0.1, 1.5, 2.0, 2.5};
    static final double[] OFFSET = {0, 0, 0, 0.1, 0.2};

    Saturate() {
        super("saturate", ShiftFamily.DIGITAL, "saturation scaled (down at 1-2, up at 3-5)", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "a = " + FACTOR[severity - 1] + ", b = " + OFFSET[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        if (in.channels == 1) {
            return in;
        }
        double a = FACTOR[severity - 1];
        double b = OFFSET[severity - 1];
        return HsvAdjust.rgb(in, s -> HsvAdjust.clip(s * a + b), v -> v);
    }
}
