package org.hillmix.core.shift;

/**
 * Defocus: correlation with a disk kernel. The disk is the indicator of
 * {@code X^2 + Y^2 <= r^2} on the integer grid, normalised to sum 1, then smoothed by a 3x3
 * Gaussian of standard deviation {@code alpha} (anti-aliasing, OpenCV's {@code GaussianBlur} with
 * {@code ksize = 3}); the image is filtered per channel with OpenCV's default border
 * (reflect-101).
 */
final class DefocusBlur extends TabledShift {

    static final double[] RADIUS = {0.3, 0.4, 0.5, 1.0, 1.5};
    static final double[] ALIAS_SIGMA = {0.4, 0.5, 0.6, 0.2, 0.1};

    DefocusBlur() {
        super("defocus-blur", ShiftFamily.BLUR, "disk (out-of-focus) blur", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "disk radius r = " + RADIUS[severity - 1] + " px, anti-alias sigma = " + ALIAS_SIGMA[severity - 1];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        return Filters.correlate(in, kernel(RADIUS[severity - 1], ALIAS_SIGMA[severity - 1]), Borders.REFLECT_101);
    }

    /** The disk smoothed by the 3x3 Gaussian, on a grid just large enough to hold it. */
    static double[][] kernel(double radius, double aliasSigma) {
        int r = (int) Math.floor(radius) + 1; // the disk's reach plus one for the 3x3 smoothing
        int n = 2 * r + 1;
        double[][] disk = new double[n][n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int y = i - r;
                int x = j - r;
                if (x * x + y * y <= radius * radius) {
                    disk[i][j] = 1;
                    sum++;
                }
            }
        }
        double[] g = Filters.gaussianKernel(aliasSigma, 1);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        int ii = i + a;
                        int jj = j + b;
                        if (ii >= 0 && ii < n && jj >= 0 && jj < n) {
                            s += g[a + 1] * g[b + 1] * disk[ii][jj];
                        }
                    }
                }
                k[i][j] = s / sum;
            }
        }
        return k;
    }
}
