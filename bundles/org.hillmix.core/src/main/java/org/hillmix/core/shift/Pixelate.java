package org.hillmix.core.shift;

/**
 * Pixelation: resized to {@code floor(W c) x floor(H c)} and back to {@code W x H}, both times
 * with Pillow's BOX filter. Along an axis from {@code n} to {@code m} samples (scale
 * {@code s = n / m}, footprint {@code f = max(s, 1)}), output {@code o} is the mean of the input
 * samples {@code i} with {@code -f/2 < i + 0.5 - (o + 0.5) s <= f/2}; rows first, then columns,
 * without rounding in between.
 */
final class Pixelate extends TabledShift {

    static final double[] FACTOR = {0.95, 0.9, 0.85, 0.75, 0.65};

    Pixelate() {
        super("pixelate", ShiftFamily.DIGITAL, "down- and up-sampling with a box filter", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        return "c = " + FACTOR[severity - 1] + " (32 px -> " + (int) (32 * FACTOR[severity - 1]) + " px -> 32 px)";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double c = FACTOR[severity - 1];
        int w = Math.max(1, (int) (in.width * c));
        int h = Math.max(1, (int) (in.height * c));
        return resize(resize(in, h, w), in.height, in.width);
    }

    /** Box resampling to {@code h x w}. */
    static Planes resize(Planes in, int h, int w) {
        double[][] cx = weights(in.width, w);
        double[][] cy = weights(in.height, h);
        double[] tmp = new double[in.channels * in.height * w];
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                for (int x = 0; x < w; x++) {
                    double s = 0;
                    for (int i = 0; i < in.width; i++) {
                        if (cx[x][i] != 0) {
                            s += cx[x][i] * in.get(c, y, i);
                        }
                    }
                    tmp[(c * in.height + y) * w + x] = s;
                }
            }
        }
        Planes out = new Planes(in.channels, h, w);
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double s = 0;
                    for (int i = 0; i < in.height; i++) {
                        if (cy[y][i] != 0) {
                            s += cy[y][i] * tmp[(c * in.height + i) * w + x];
                        }
                    }
                    out.set(c, y, x, s);
                }
            }
        }
        return out;
    }

    /** {@code weights[o][i]}: the normalised BOX weights of input sample {@code i} for output {@code o}. */
    static double[][] weights(int n, int m) {
        double scale = (double) n / m;
        double footprint = Math.max(scale, 1);
        double[][] k = new double[m][n];
        for (int o = 0; o < m; o++) {
            double centre = (o + 0.5) * scale;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double t = (i + 0.5 - centre) / footprint;
                if (t > -0.5 && t <= 0.5) {
                    k[o][i] = 1;
                    sum++;
                }
            }
            for (int i = 0; i < n; i++) {
                k[o][i] = sum == 0 ? 0 : k[o][i] / sum;
            }
        }
        return k;
    }
}
