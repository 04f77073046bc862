package org.hillmix.core.shift;

/**
 * A simple foreground estimate, not a segmentation: CIFAR-like images show one object near the
 * centre in front of a background that reaches the border.
 *
 * <ul>
 * <li>Border band: the pixels within {@code b = max(1, round(min(H, W) / 16))} of an edge; their
 * colours are the background's examples (at most 256, every k-th in storage order), their mean
 * {@code mu} the background colour used to fill uncovered areas.</li>
 * <li>Colour evidence: {@code f(p) = 1 - exp(-d^2 / (2 tau^2))}, {@code d} the Euclidean colour
 * distance from {@code p} to the nearest background example, {@code tau = 0.1}: a pixel unlike
 * every border colour is likely foreground.</li>
 * <li>Position prior: {@code g(p) = exp(-(u^2 + v^2) / (2 * 0.5^2))}, {@code u, v} the pixel centre's
 * coordinates scaled to [-1, 1].</li>
 * <li>Foreground weight {@code m(p) = f(p) g(p)} in [0, 1].</li>
 * </ul>
 * It fails on objects that touch the border or share its colours, and on backgrounds unlike their
 * edges; {@code docs/shifts.md} says so beside the shifts that use it.
 */
final class ForegroundEstimate {

    static final double TAU = 0.1;
    static final double PRIOR_SIGMA = 0.5;
    static final int MAX_EXAMPLES = 256;

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
        java.util.List<double[]> band = new java.util.ArrayList<>();
        double[] mu = new double[in.channels];
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                if (inBand(y, x, in.height, in.width, b)) {
                    double[] colour = new double[in.channels];
                    for (int c = 0; c < in.channels; c++) {
                        colour[c] = in.get(c, y, x);
                        mu[c] += colour[c];
                    }
                    band.add(colour);
                }
            }
        }
        for (int c = 0; c < in.channels; c++) {
            mu[c] /= band.size();
        }
        int step = (band.size() + MAX_EXAMPLES - 1) / MAX_EXAMPLES;
        java.util.List<double[]> examples = new java.util.ArrayList<>();
        for (int i = 0; i < band.size(); i += step) {
            examples.add(band.get(i));
        }
        double[] w = new double[in.plane()];
        for (int y = 0; y < in.height; y++) {
            double v = (y + 0.5) / in.height * 2 - 1;
            for (int x = 0; x < in.width; x++) {
                double u = (x + 0.5) / in.width * 2 - 1;
                double nearest = Double.POSITIVE_INFINITY;
                for (double[] e : examples) {
                    double s = 0;
                    for (int c = 0; c < in.channels; c++) {
                        double d = in.get(c, y, x) - e[c];
                        s += d * d;
                    }
                    nearest = Math.min(nearest, s);
                }
                double colour = 1 - Math.exp(-nearest / (2 * TAU * TAU));
                double prior = Math.exp(-(u * u + v * v) / (2 * PRIOR_SIGMA * PRIOR_SIGMA));
                w[y * in.width + x] = colour * prior;
            }
        }
        return new ForegroundEstimate(mu, w);
    }

    static boolean inBand(int y, int x, int h, int w, int b) {
        return y < b || x < b || y >= h - b || x >= w - b;
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
