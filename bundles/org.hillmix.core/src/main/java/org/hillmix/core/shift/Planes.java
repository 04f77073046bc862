package org.hillmix.core.shift;

import org.hillmix.core.data.ImageTensor;

/**
 * A mutable working copy of an image in double precision, CHW order like {@link ImageTensor}
 * (value of channel {@code c} at row {@code y}, column {@code x} at {@code (c * height + y) * width + x}).
 * Shifts compute on it without clipping and clip once, in {@link #toTensor()}.
 */
final class Planes {

    final int channels;
    final int height;
    final int width;
    final double[] v;

    Planes(int channels, int height, int width) {
        this(channels, height, width, new double[channels * height * width]);
    }

    private Planes(int channels, int height, int width, double[] v) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.v = v;
    }

    static Planes of(ImageTensor t) {
        float[] f = t.toArray();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return new Planes(t.channels(), t.height(), t.width(), d);
    }

    /** An empty image of the same shape. */
    Planes blank() {
        return new Planes(channels, height, width);
    }

    Planes copy() {
        return new Planes(channels, height, width, v.clone());
    }

    int index(int c, int y, int x) {
        return (c * height + y) * width + x;
    }

    double get(int c, int y, int x) {
        return v[(c * height + y) * width + x];
    }

    void set(int c, int y, int x, double value) {
        v[(c * height + y) * width + x] = value;
    }

    int plane() {
        return height * width;
    }

    /** The largest value over all channels and pixels. */
    double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** The mean of channel {@code c}. */
    double mean(int c) {
        double s = 0;
        int p = plane();
        for (int i = c * p; i < (c + 1) * p; i++) {
            s += v[i];
        }
        return s / p;
    }

    /** The image with every value clipped to [0, 1] (NaN, which no shift should make, becomes 0). */
    ImageTensor toTensor() {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i];
            f[i] = d >= 1 ? 1f : d > 0 ? (float) d : 0f;
        }
        return ImageTensor.of(channels, height, width, f);
    }
}
