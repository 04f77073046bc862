package org.hillmix.core.shift;

/**
 * Zoom blur: the mean of the image and its central zooms {@code Z_z(x)} for
 * {@code z = 1, 1.01, ..., z_max}. {@code Z_z} crops the central {@code ceil(H / z)} rows (and
 * likewise columns, starting at {@code floor((H - ch) / 2)}), resizes the crop linearly to
 * {@code n = round(ch z)} (SciPy's {@code zoom(order=1)}: output index {@code o} reads input
 * coordinate {@code o (ch - 1) / (n - 1)}), and keeps the central {@code H} rows from
 * {@code floor((n - H) / 2)}.
 */
final class ZoomBlur extends TabledShift {

    /**
     * The largest zoom per severity. The published lists are {@code np.arange(1, 1.06, 0.01)} etc.,
     * whose floating-point end points give 1.00-1.06, 1.00-1.11, 1.00-1.15, 1.00-1.20 and 1.00-1.25
     * (7, 12, 16, 21 and 26 factors); these are the factors used here.
     */
    static final int[] STEPS = {6, 11, 15, 20, 25};

    ZoomBlur() {
        super("zoom-blur", ShiftFamily.BLUR, "radial blur of zooming during the exposure", HENDRYCKS);
    }

    @Override
    String describe(int severity) {
        int k = STEPS[severity - 1];
        return "zooms z = 1.00, 1.01, ..., " + String.format(java.util.Locale.ROOT, "%.2f", 1 + k / 100.0) + " ("
                + (k + 1) + " factors)";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        int k = STEPS[severity - 1];
        double[] sum = in.v.clone();
        for (int i = 0; i <= k; i++) {
            Planes z = zoom(in, 1 + i * 0.01);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += z.v[j];
            }
        }
        Planes out = in.blank();
        for (int j = 0; j < sum.length; j++) {
            out.v[j] = sum[j] / (k + 2);
        }
        return out;
    }

    /** {@code Z_z(x)}, see the class comment. */
    static Planes zoom(Planes in, double z) {
        int[] rowSrc0 = new int[in.height];
        double[] rowFrac = new double[in.height];
        axis(in.height, z, rowSrc0, rowFrac);
        int[] colSrc0 = new int[in.width];
        double[] colFrac = new double[in.width];
        axis(in.width, z, colSrc0, colFrac);
        Planes out = in.blank();
        for (int c = 0; c < in.channels; c++) {
            for (int y = 0; y < in.height; y++) {
                int y0 = rowSrc0[y];
                int y1 = Math.min(y0 + 1, in.height - 1);
                double fy = rowFrac[y];
                for (int x = 0; x < in.width; x++) {
                    int x0 = colSrc0[x];
                    int x1 = Math.min(x0 + 1, in.width - 1);
                    double fx = colFrac[x];
                    double top = in.get(c, y0, x0) * (1 - fx) + in.get(c, y0, x1) * fx;
                    double bottom = in.get(c, y1, x0) * (1 - fx) + in.get(c, y1, x1) * fx;
                    out.set(c, y, x, top * (1 - fy) + bottom * fy);
                }
            }
        }
        return out;
    }

    /** For each output index along an axis of length {@code h}: the source index below and the fraction above it. */
    private static void axis(int h, double z, int[] src0, double[] frac) {
        int ch = (int) Math.ceil(h / z);
        int top = (h - ch) / 2;
        int n = (int) Math.rint(ch * z);
        int trim = (n - h) / 2;
        for (int o = 0; o < h; o++) {
            double pos = n == 1 ? 0 : (double) (o + trim) * (ch - 1) / (n - 1);
            int p0 = (int) Math.floor(pos);
            if (p0 >= ch - 1) {
                p0 = Math.max(ch - 2, 0);
            }
            double f = ch == 1 ? 0 : pos - p0;
            src0[o] = top + p0;
            frac[o] = f;
        }
    }
}
