package org.hillmix.core.shift;

/**
 * Motion blur after ImageMagick's {@code MotionBlurImage(radius, sigma, angle)}: a one-sided
 * Gaussian kernel {@code w_i = exp(-i^2 / (2 sigma^2))}, {@code i = 0 .. 2 ceil(radius)},
 * normalised, whose tap {@code i} reads the pixel at the integer offset
 * {@code (round(i cos theta), round(i sin theta))} (edge pixels repeated); the angle
 * {@code theta} is uniform in [-45, 45) degrees, drawn from the seed.
 */
final class MotionBlur extends TabledShift {

    static final double[] RADIUS = {6, 6, 6, 8, 9};
    static final double[] SIGMA = {1, 1.5, 2, 2, 2.5};

    MotionBlur() {
        super("motion-blur", ShiftFamily.BLUR, "linear motion blur at a random angle", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "radius = " + (int) RADIUS[severity - 1] + " px, sigma = " + SIGMA[severity - 1]
                + " px, angle uniform in [-45, 45) degrees";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double angle = Math.toRadians(draws.uniform(-45, 45));
        return blur(in, RADIUS[severity - 1], SIGMA[severity - 1], angle);
    }

    static Planes blur(Planes in, double radius, double sigma, double angle) {
        int taps = 2 * (int) Math.ceil(radius) + 1;
        double[] w = new double[taps];
        int[] dx = new int[taps];
        int[] dy = new int[taps];
        double sum = 0;
        for (int i = 0; i < taps; i++) {
            w[i] = Math.exp(-(double) i * i / (2 * sigma * sigma));
            sum += w[i];
            dx[i] = (int) Math.round(i * Math.cos(angle));
            dy[i] = (int) Math.round(i * Math.sin(angle));
        }
        Planes out = in.blank();
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                for (int x = 0; x < in.width; x++) {
                    double s = 0;
                    for (int i = 0; i < taps; i++) {
                        s += w[i] * in.get(c, Borders.NEAREST.index(y + dy[i], in.height),
                                Borders.NEAREST.index(x + dx[i], in.width));
                    }
                    out.set(c, y, x, s / sum);
                }
            }
        }
        return out;
    }
}
