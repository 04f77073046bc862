package org.hillmix.core.shift;

/**
 * A simple foreground estimate, not a segmentation: CIFAR-like images show one object near the
 * centre in front of a background that reaches the border.
 *
 * <ul>
 * <li>Border band: the pixels within {@code b = max(1, round(min(H, W) / 16))} of an edge; its mean
 * colour {@code mu} and spread {@code s^2 = mean ||p - mu||^2} (sum over channels) model the
 * background.</li>
 * <li>Colour evidence: {@code f(p) = 1 - exp(-d^2 / 2)} with
 * {@code d^2 = ||p - mu||^2 / (s^2 + 0.05^2)} (the floor keeps a flat border from calling every
 * small deviation foreground).</li>
 * <li>Position prior: {@code g(p) = exp(-(u^2 + v^2) / (2 * 0.5^2))}, {@code u, v} the pixel centre's
 * coordinates scaled to [-1, 1].</li>
 * <li>Foreground weight {@code m(p) = f(p) g(p)} in [0, 1].</li>
 * </ul>
 * It fails on objects that touch the border with the background's colour and on backgrounds
 * unlike their edges; the attribute shifts that use it say so in {@code docs/shifts.md}.
 */
final class ForegroundEstimate {

    static final double COLOUR_FLOOR = 0.05;
    static final double PRIOR_SIGMA = 0.5;

    final double[] background;
    final double[] weight;

    private ForegroundEstimate(double[] background, double[] weight) {
        this.background = background;
        this.weight = weight;
    }

    static int band(int height, int width) {
        return Math.max(1, (int) Math.round(Math.min(height, width) / 16.0));
    }

    static ForegroundEstimate of(Planes in) {
        int b = band(in.height, in.width);
        double[] mu = new double[in.channels];
        int count = 0;
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                if (inBand(y, x, in.height, in.width, b)) {
                    for (int c = 0; c < in.channels; c++) {
                        mu[c] += in.get(c, y, x);
                    }
                    count++;
                }
            }
        }
        for (int c = 0; c < in.channels; c++) {
            mu[c] /= count;
        }
        double spread = 0;
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                if (inBand(y, x, in.height, in.width, b)) {
                    spread += distance2(in, y, x, mu);
                }
            }
        }
        spread /= count;
        double[] w = new double[in.plane()];
        double denominator = spread + COLOUR_FLOOR * COLOUR_FLOOR;
        for (int y = 0; y < in.height; y++) {
            double v = (y + 0.5) / in.height * 2 - 1;
            for (int x = 0; x < in.width; x++) {
                double u = (x + 0.5) / in.width * 2 - 1;
                double colour = 1 - Math.exp(-distance2(in, y, x, mu) / denominator / 2);
                double prior = Math.exp(-(u * u + v * v) / (2 * PRIOR_SIGMA * PRIOR_SIGMA));
                w[y * in.width + x] = colour * prior;
            }
        }
        return new ForegroundEstimate(mu, w);
    }

    static boolean inBand(int y, int x, int h, int w, int b) {
        return y < b || x < b || y >= h - b || x >= w - b;
    }

    private static double distance2(Planes in, int y, int x, double[] mu) {
        double s = 0;
        for (int c = 0; c < in.channels; c++) {
            double d = in.get(c, y, x) - mu[c];
            s += d * d;
        }
        return s;
    }

    /** {@code y = x + alpha (1 - m) (bg - x)} for every pixel; {@code bg[c][pixel]}. */
    Planes replaceBackground(Planes in, double alpha, double[][] bg) {
        int p = in.plane();
        for (int c = 0; c < in.channels; c++) {
            for (int i = 0; i < p; i++) {
                double x = in.v[c * p + i];
                in.v[c * p + i] = x + alpha * (1 - weight[i]) * (bg[c][i] - x);
            }
        }
        return in;
    }
}
