package org.hillmix.core.shift;

/** {@code y = x + x sigma z}, {@code z ~ N(0, 1)}: multiplicative noise. */
final class SpeckleNoise extends TabledShift {

    static final double[] SIGMA = {0.06, 0.10, 0.12, 0.16, 0.20};

    SpeckleNoise() {
        super("speckle-noise", ShiftFamily.NOISE, "multiplicative Gaussian noise per value", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "sigma = " + SIGMA[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double sigma = SIGMA[severity - 1];
        for (int i = 0; i < in.v.length; i++) {
            in.v[i] += in.v[i] * sigma * draws.normal();
        }
        return in;
    }
}
