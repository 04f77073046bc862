package org.hillmix.server.train;

import java.util.SplittableRandom;

/**
 * The standard CIFAR augmentation on CHW float images: pad 4 pixels of zeros on every side,
 * crop a random H x W window (offsets dy, dx uniform in 0..8), then flip horizontally with
 * probability 1/2. Draws per image, in order: dy, dx, flip. Pure Java.
 */
final class Augmenter {

    /** Zero padding on each side. */
    static final int PAD = 4;

    private Augmenter() {
    }

    /** A new augmented copy of {@code src} (shape channels x height x width). */
    static float[] augment(float[] src, int channels, int height, int width, SplittableRandom rng) {
        int dy = rng.nextInt(2 * PAD + 1);
        int dx = rng.nextInt(2 * PAD + 1);
        boolean flip = rng.nextBoolean();
        return cropAndFlip(src, channels, height, width, dy, dx, flip);
    }

    /**
     * Output pixel (y, x) is padded pixel (y + dy, x' + dx), i.e. source pixel
     * (y + dy - 4, x' + dx - 4), where x' = W - 1 - x when flipped and x otherwise; 0 outside the
     * source.
     */
    static float[] cropAndFlip(float[] src, int channels, int height, int width, int dy, int dx, boolean flip) {
        float[] out = new float[src.length];
        int plane = height * width;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                int sy = y + dy - PAD;
                if (sy < 0 || sy >= height) {
                    continue;
                }
                int rowOut = c * plane + y * width;
                int rowIn = c * plane + sy * width;
                for (int x = 0; x < width; x++) {
                    int sx = (flip ? width - 1 - x : x) + dx - PAD;
                    if (sx >= 0 && sx < width) {
                        out[rowOut + x] = src[rowIn + sx];
                    }
                }
            }
        }
        return out;
    }
}
