package org.hillmix.core.shift;

/**
 * Frosted glass: Gaussian blur (sigma), values truncated to 8 bits, then {@code n} passes that give
 * each pixel (all channels) the value of a random neighbour {@code (dy, dx)}, each uniform in
 * {@code [-d, d - 1]}, visiting rows {@code H-d .. d+1} and columns {@code W-d .. d+1} downwards,
 * then the blur again.
 *
 * <p>The published code writes the step as a swap, {@code x[h, w], x[h', w'] = x[h', w'], x[h, w]};
 * on NumPy arrays the right-hand side holds views, so the second assignment writes back the value
 * the first one copied and the neighbour is left unchanged. What CIFAR-10-C contains is therefore a
 * copy from the neighbour, not a swap, and that is what this shift does.
 */
final class GlassBlur extends TabledShift {

    static final double[] SIGMA = {0.05, 0.25, 0.4, 0.25, 0.4};
    static final int[] DELTA = {1, 1, 1, 1, 1};
    static final int[] PASSES = {1, 1, 1, 2, 2};

    GlassBlur() {
        super("glass-blur", ShiftFamily.BLUR, "blur, pixels copied from random neighbours, blur", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        int s = severity - 1;
        return "sigma = " + SIGMA[s] + " px, max displacement d = " + DELTA[s] + ", passes n = " + PASSES[s];
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        int s = severity - 1;
        int d = DELTA[s];
        Planes p = Filters.gaussianBlur(in, SIGMA[s]);
        for (int i = 0; i < p.v.length; i++) {
            // truncation as np.uint8(v * 255); the 1e-9 keeps exact 8-bit levels from dropping one by rounding
            p.v[i] = Math.floor(Math.min(Math.max(p.v[i], 0), 1) * 255 + 1e-9) / 255;
        }
        for (int pass = 0; pass < PASSES[s]; pass++) {
            for (int y = p.height - d; y > d; y--) {
                for (int x = p.width - d; x > d; x--) {
                    int dx = d - (int) Math.floor(draws.uniform() * 2 * d) - 1;
                    int dy = d - (int) Math.floor(draws.uniform() * 2 * d) - 1;
                    int y2 = y + dy;
                    int x2 = x + dx;
                    if (y >= p.height || x >= p.width || y2 < 0 || x2 < 0 || y2 >= p.height || x2 >= p.width) {
                        continue; // only for images smaller than the neighbourhood
                    }
                    for (int c = 0; c < p.channels; c++) {
                        p.set(c, y, x, p.get(c, y2, x2));
                    }
                }
            }
        }
        return Filters.gaussianBlur(p, SIGMA[s]);
    }
}
