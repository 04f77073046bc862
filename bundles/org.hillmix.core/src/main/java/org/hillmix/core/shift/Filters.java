package org.hillmix.core.shift;

/** Linear filters on {@link Planes}, each channel separately. */
final class Filters {

    private Filters() {
    }

    /**
     * Correlation with a square kernel centred on its middle entry ({@code cv2.filter2D}'s
     * definition): {@code out(y, x) = sum_{i,j} k[i][j] * in(y + i - r, x + j - r)}, {@code r} the
     * kernel's half-size, reading outside the image by {@code border}.
     */
    static Planes correlate(Planes in, double[][] kernel, Borders border) {
        int r = kernel.length / 2;
        Planes out = in.blank();
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                for (int x = 0; x < in.width; x++) {
                    double s = 0;
                    for (int i = 0; i < kernel.length; i++) {
                        int yy = border.index(y + i - r, in.height);
                        for (int j = 0; j < kernel.length; j++) {
                            double k = kernel[i][j];
                            if (k != 0) {
                                s += k * in.get(c, yy, border.index(x + j - r, in.width));
                            }
                        }
                    }
                    out.set(c, y, x, s);
                }
            }
        }
        return out;
    }

    /**
     * The normalised 1-D Gaussian {@code w_k = exp(-k^2 / (2 sigma^2)) / sum}, {@code k = -r..r}
     * with {@code r = (int) (truncate * sigma + 0.5)}: SciPy's {@code gaussian_filter1d} kernel.
     */
    static double[] gaussianKernel(double sigma, double truncate) {
        int r = (int) (truncate * sigma + 0.5);
        return gaussianKernel(sigma, r);
    }

    /** The normalised 1-D Gaussian of half-size {@code r}. */
    static double[] gaussianKernel(double sigma, int r) {
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-(double) i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    /** Separable filtering with {@code k} along rows, then along columns. */
    static Planes separable(Planes in, double[] k, Borders border) {
        int r = k.length / 2;
        Planes tmp = in.blank();
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                for (int x = 0; x < in.width; x++) {
                    double s = 0;
                    for (int i = 0; i < k.length; i++) {
                        s += k[i] * in.get(c, y, border.index(x + i - r, in.width));
                    }
                    tmp.set(c, y, x, s);
                }
            }
        }
        Planes out = in.blank();
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                for (int x = 0; x < in.width; x++) {
                    double s = 0;
                    for (int i = 0; i < k.length; i++) {
                        s += k[i] * tmp.get(c, border.index(y + i - r, in.height), x);
                    }
                    out.set(c, y, x, s);
                }
            }
        }
        return out;
    }

    /** scikit-image's {@code gaussian(image, sigma)}: truncate 4, {@code mode='nearest'}, spatial axes only. */
    static Planes gaussianBlur(Planes in, double sigma) {
        return separable(in, gaussianKernel(sigma, 4.0), Borders.NEAREST);
    }
}
