package org.hillmix.core.shift;

/** {@code y = Poisson(c x) / c}: photon noise of a sensor that counts {@code c} photons at full intensity. */
final class ShotNoise extends TabledShift {

    static final double[] PHOTONS = {500, 250, 100, 75, 50};

    ShotNoise() {
        super("shot-noise", ShiftFamily.NOISE, "Poisson (photon) noise per value", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "c = " + (int) PHOTONS[severity - 1] + " photons at full intensity";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double c = PHOTONS[severity - 1];
        for (int i = 0; i < in.v.length; i++) {
            in.v[i] = draws.poisson(in.v[i] * c) / c;
        }
        return in;
    }
}
