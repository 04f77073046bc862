package org.hillmix.core.shift;

/** {@code y = x + sigma z}, {@code z ~ N(0, 1)} independently per value. */
final class GaussianNoise extends TabledShift {

    static final double[] SIGMA = {0.04, 0.06, 0.08, 0.09, 0.10};

    GaussianNoise() {
        super("gaussian-noise", ShiftFamily.NOISE, "additive Gaussian noise per value", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "sigma = " + SIGMA[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double sigma = SIGMA[severity - 1];
        for (int i = 0; i < in.v.length; i++) {
            in.v[i] += sigma * draws.normal();
        }
        return in;
    }
}
