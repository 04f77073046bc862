package org.hillmix.core.shift;

/**
 * Salt-and-pepper noise: each value independently, with probability {@code a}, becomes 1 or 0
 * (equally likely); scikit-image's {@code random_noise(mode='s&p')}.
 */
final class ImpulseNoise extends TabledShift {

    static final double[] AMOUNT = {0.01, 0.02, 0.03, 0.05, 0.07};

    ImpulseNoise() {
        super("impulse-noise", ShiftFamily.NOISE, "salt-and-pepper noise per value", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "amount a = " + AMOUNT[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double a = AMOUNT[severity - 1];
        for (int i = 0; i < in.v.length; i++) {
            // two draws for every value, so the values hit at a lower severity are hit at every higher one
            double hit = draws.uniform();
            double salt = draws.uniform();
            if (hit < a) {
                in.v[i] = salt < 0.5 ? 1 : 0;
            }
        }
        return in;
    }
}
