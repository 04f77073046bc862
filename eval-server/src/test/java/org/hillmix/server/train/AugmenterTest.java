package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Crop-with-padding and flip on hand-made images (no DJL). */
class AugmenterTest {

    /** Two channels of 2 x 3: channel 0 = 1..6, channel 1 = 11..16, row-major. */
    private static final float[] IMAGE = {1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16};

    @Test
    void centredCropWithoutFlipIsTheIdentity() {
        assertArrayEquals(IMAGE, Augmenter.cropAndFlip(IMAGE, 2, 2, 3, 4, 4, false));
    }

    @Test
    void offsetsShiftTheImageAndFillWithZeros() {
        // dx = 5: window starts one pixel to the right, so columns move left and a zero enters.
        assertArrayEquals(new float[] {2, 3, 0, 5, 6, 0, 12, 13, 0, 15, 16, 0},
                Augmenter.cropAndFlip(IMAGE, 2, 2, 3, 4, 5, false));
        // dy = 3: window starts one row above, so rows move down.
        assertArrayEquals(new float[] {0, 0, 0, 1, 2, 3, 0, 0, 0, 11, 12, 13},
                Augmenter.cropAndFlip(IMAGE, 2, 2, 3, 3, 4, false));
        // dy = 0: the window lies entirely in the padding.
        assertArrayEquals(new float[12], Augmenter.cropAndFlip(IMAGE, 2, 2, 3, 0, 4, false));
    }

    @Test
    void flipMirrorsEachRowAfterCropping() {
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4, 13, 12, 11, 16, 15, 14},
                Augmenter.cropAndFlip(IMAGE, 2, 2, 3, 4, 4, true));
        // Crop one pixel to the right (2 3 0), then mirror (0 3 2).
        assertArrayEquals(new float[] {0, 3, 2, 0, 6, 5, 0, 13, 12, 0, 16, 15},
                Augmenter.cropAndFlip(IMAGE, 2, 2, 3, 4, 5, true));
    }

    @Test
    void randomAugmentationUsesAllOffsetsAndBothFlips() {
        // A 1x1 image survives only for the centred offsets (1 of 81) and looks the same flipped;
        // use a 1x9 row instead and look at where pixel value 1 (column 0) lands.
        float[] row = new float[9];
        row[0] = 1;
        SplittableRandom rng = new SplittableRandom(11);
        boolean[] seenColumn = new boolean[9];
        int kept = 0;
        int draws = 5_000;
        for (int t = 0; t < draws; t++) {
            float[] out = Augmenter.augment(row, 1, 1, 9, rng);
            for (int x = 0; x < 9; x++) {
                if (out[x] == 1f) {
                    seenColumn[x] = true;
                    kept++;
                }
            }
        }
        // The height is 1, so only dy = 4 (1 in 9) keeps the row at all; column 0 then stays in
        // the window for dx = 0..4 (5 in 9), flipped or not: probability 5/81.
        double p = 5.0 / 81;
        assertEquals(draws * p, kept, 5 * Math.sqrt(draws * p * (1 - p)));
        // Unflipped the pixel lands in column 4 - dx (0..4); flipped in 4 + dx (4..8).
        for (boolean seen : seenColumn) {
            assertTrue(seen);
        }
    }
}
