package org.hillmix.core.shift;

/** {@code y = (x - m) c + m}, {@code m} the mean of the value's channel over the image. */
final class Contrast extends TabledShift {

    static final double[] FACTOR = {0.75, 0.5, 0.4, 0.3, 0.15};

    Contrast() {
        super("contrast", ShiftFamily.DIGITAL, "lower contrast (values pulled to the channel mean)", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "c = " + FACTOR[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double f = FACTOR[severity - 1];
        int p = in.plane();
        for (int c = 0; c < in.channels; c++) {
            double m = in.mean(c);
            for (int i = c * p; i < (c + 1) * p; i++) {
                in.v[i] = (in.v[i] - m) * f + m;
            }
        }
        return in;
    }
}
