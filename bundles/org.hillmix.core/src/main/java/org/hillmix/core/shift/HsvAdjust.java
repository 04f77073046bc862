package org.hillmix.core.shift;

import java.util.function.DoubleUnaryOperator;

/** Applies a change of one HSV component to every pixel (grey images: see each caller). */
final class HsvAdjust {

    private HsvAdjust() {
    }

    /** Replaces S by {@code fs(S)} and V by {@code fv(V)} in every RGB pixel of {@code in}. */
    static Planes rgb(Planes in, DoubleUnaryOperator fs, DoubleUnaryOperator fv) {
        int p = in.plane();
        for (int i = 0; i < p; i++) {
            double[] hsv = Hsv.fromRgb(in.v[i], in.v[p + i], in.v[2 * p + i]);
            double[] rgb = Hsv.toRgb(hsv[0], fs.applyAsDouble(hsv[1]), fv.applyAsDouble(hsv[2]));
            in.v[i] = rgb[0];
            in.v[p + i] = rgb[1];
            in.v[2 * p + i] = rgb[2];
        }
        return in;
    }

    static double clip(double v) {
        return Math.min(Math.max(v, 0), 1);
    }
}
