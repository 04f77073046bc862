package org.hillmix.core.shift;

/** Separable Gaussian blur, truncated at 4 sigma, edges repeated (scikit-image's {@code gaussian}). */
final class GaussianBlur extends TabledShift {

    static final double[] SIGMA = {0.4, 0.6, 0.7, 0.8, 1.0};

    GaussianBlur() {
        super("gaussian-blur", ShiftFamily.BLUR, "Gaussian blur", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "sigma = " + SIGMA[severity - 1] + " px";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        return Filters.gaussianBlur(in, SIGMA[severity - 1]);
    }
}
