package org.hillmix.core.data;

import java.util.Arrays;

/**
 * An image as a float tensor in <b>CHW order</b> (channels, height, width): the value of channel
 * {@code c} at row {@code y} (0 = top) and column {@code x} (0 = left) is
 * {@code data[(c * height + y) * width + x]}, in [0, 1] where 0 is black and 1 is full intensity.
 *
 * <p>Channels: 1 for grey images, 3 for RGB (in the order R, G, B). An 8-bit value {@code v}
 * (0-255) is stored as {@code v / 255f}; {@link #toBytes()} turns it back with
 * {@code round(value * 255)}, which restores {@code v} exactly. Instances are immutable.
 */
public final class ImageTensor {

    private final int channels;
    private final int height;
    private final int width;
    private final float[] data;

    private ImageTensor(int channels, int height, int width, float[] data) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.data = data;
    }

    /**
     * An image from CHW values in [0, 1] (copied).
     *
     * @throws IllegalArgumentException when the sizes do not match or a value is outside [0, 1] or NaN
     */
    public static ImageTensor of(int channels, int height, int width, float[] chw) {
        checkShape(channels, height, width, chw.length);
        for (int i = 0; i < chw.length; i++) {
            float v = chw[i];
            if (!(v >= 0f && v <= 1f)) {
                throw new IllegalArgumentException("value " + v + " at index " + i + " is outside [0, 1]");
            }
        }
        return new ImageTensor(channels, height, width, chw.clone());
    }

    /** An image from unsigned 8-bit CHW values ({@code b & 0xFF}), each stored as {@code v / 255f}. */
    public static ImageTensor fromBytes(int channels, int height, int width, byte[] chw) {
        checkShape(channels, height, width, chw.length);
        float[] d = new float[chw.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (chw[i] & 0xFF) / 255f;
        }
        return new ImageTensor(channels, height, width, d);
    }

    /** An image from 8-bit CHW values given as ints 0-255. */
    public static ImageTensor fromInts(int channels, int height, int width, int[] chw) {
        checkShape(channels, height, width, chw.length);
        float[] d = new float[chw.length];
        for (int i = 0; i < d.length; i++) {
            int v = chw[i];
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("8-bit value " + v + " at index " + i + " is outside 0-255");
            }
            d[i] = v / 255f;
        }
        return new ImageTensor(channels, height, width, d);
    }

    private static void checkShape(int channels, int height, int width, int length) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("an image has 1 (grey) or 3 (RGB) channels, got " + channels);
        }
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if ((long) channels * height * width != length) {
            throw new IllegalArgumentException(channels + "x" + height + "x" + width + " needs "
                    + ((long) channels * height * width) + " values, got " + length);
        }
    }

    /** 1 (grey) or 3 (R, G, B). */
    public int channels() {
        return channels;
    }

    /** Rows. */
    public int height() {
        return height;
    }

    /** Columns. */
    public int width() {
        return width;
    }

    /** {@code channels * height * width}. */
    public int length() {
        return data.length;
    }

    /** The value of channel {@code c} at row {@code y}, column {@code x}. */
    public float get(int c, int y, int x) {
        if (c < 0 || c >= channels || y < 0 || y >= height || x < 0 || x >= width) {
            throw new IndexOutOfBoundsException("(" + c + ", " + y + ", " + x + ") outside " + channels + "x"
                    + height + "x" + width);
        }
        return data[(c * height + y) * width + x];
    }

    /** A copy of the CHW values. */
    public float[] toArray() {
        return data.clone();
    }

    /** Copies the CHW values into {@code dest} at {@code offset} (for batching without extra copies). */
    public void copyTo(float[] dest, int offset) {
        System.arraycopy(data, 0, dest, offset, data.length);
    }

    /** The CHW values as 8-bit ints: {@code round(value * 255)} (ties up, values are in [0, 1]). */
    public int[] toInts() {
        int[] out = new int[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.round(data[i] * 255f);
        }
        return out;
    }

    /** The CHW values as unsigned 8-bit bytes, see {@link #toInts()}. */
    public byte[] toBytes() {
        byte[] out = new byte[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Math.round(data[i] * 255f);
        }
        return out;
    }

    /** Whether {@code other} has the same channels, height and width. */
    public boolean sameShape(ImageTensor other) {
        return channels == other.channels && height == other.height && width == other.width;
    }

    /** {@code "3x32x32"} (channels x height x width). */
    public String shapeString() {
        return channels + "x" + height + "x" + width;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageTensor t && sameShape(t) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + channels * 961 + height * 31 + width;
    }

    @Override
    public String toString() {
        return "ImageTensor[" + shapeString() + "]";
    }
}
