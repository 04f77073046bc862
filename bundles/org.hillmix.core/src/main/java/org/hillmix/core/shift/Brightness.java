package org.hillmix.core.shift;

/** {@code V' = clip(V + c)} in HSV, hue and saturation kept; a grey value {@code v} becomes {@code clip(v + c)}. */
final class Brightness extends TabledShift {

    static final double[] DELTA = {0.05, 0.1, 0.15, 0.2, 0.3};

    Brightness() {
        super("brightness", ShiftFamily.DIGITAL, "brighter image (HSV value raised)", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "c = " + DELTA[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double c = DELTA[severity - 1];
        if (in.channels == 1) {
            for (int i = 0; i < in.v.length; i++) {
                in.v[i] = HsvAdjust.clip(in.v[i] + c);
            }
            return in;
        }
        return HsvAdjust.rgb(in, s -> s, v -> HsvAdjust.clip(v + c));
    }
}
