package org.hillmix.core.shift;

/**
 * Geometric warps by inverse mapping: output pixel centre {@code q} reads the input at
 * {@code A (q - centre) + centre} with bilinear interpolation; positions outside the image read
 * the border band's mean colour ({@link ForegroundEstimate}), i.e. the estimated background.
 * Coordinates are pixel indices; the centre is {@code ((W - 1) / 2, (H - 1) / 2)}.
 */
final class Warp {

    private Warp() {
    }

    /** Warps with the 2x2 matrix {@code {{a, b}, {c, d}}} mapping output offsets (x, y) to input offsets. */
    static Planes affine(Planes in, double a, double b, double c, double d) {
        double[] fill = ForegroundEstimate.of(in).background;
        double cx = (in.width - 1) / 2.0;
        double cy = (in.height - 1) / 2.0;
        Planes out = in.blank();
        for (int y = 0; y < in.height; y++) {
            for (int x = 0; x < in.width; x++) {
                double sx = a * (x - cx) + b * (y - cy) + cx;
                double sy = c * (x - cx) + d * (y - cy) + cy;
                for (int ch = 0; ch < in.channels; ch++) {
                    out.set(ch, y, x, bilinear(in, ch, sy, sx, fill[ch]));
                }
            }
        }
        return out;
    }

    /** The bilinear value at (sy, sx), or {@code fill} outside {@code [0, H-1] x [0, W-1]} (with a 1e-9 tolerance). */
    static double bilinear(Planes in, int c, double sy, double sx, double fill) {
        double eps = 1e-9;
        if (sx < -eps || sy < -eps || sx > in.width - 1 + eps || sy > in.height - 1 + eps) {
            return fill;
        }
        sx = Math.min(Math.max(sx, 0), in.width - 1);
        sy = Math.min(Math.max(sy, 0), in.height - 1);
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        int x1 = Math.min(x0 + 1, in.width - 1);
        int y1 = Math.min(y0 + 1, in.height - 1);
        double fx = sx - x0;
        double fy = sy - y0;
        double top = in.get(c, y0, x0) * (1 - fx) + in.get(c, y0, x1) * fx;
        double bottom = in.get(c, y1, x0) * (1 - fx) + in.get(c, y1, x1) * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
