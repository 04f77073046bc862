package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hillmix.core.data.ImageTensor;
import org.junit.jupiter.api.Test;

/** The truncating 8-bit mixing rule, on hand-computed values. */
class PixelMixerTest {

    @Test
    void truncatesTheExactMix() {
        assertEquals(175, PixelMixer.mix(100, 200, 0.25)); // 25 + 150
        assertEquals(3, PixelMixer.mix(3, 4, 0.5)); // 3.5 truncates to 3 (half-up would give 4)
        assertEquals(229, PixelMixer.mix(0, 255, 0.1)); // 229.5 -> 229
        assertEquals(25, PixelMixer.mix(255, 0, 0.1)); // 25.5 -> 25
        assertEquals(191, PixelMixer.mix(255, 0, 0.75)); // 191.25 -> 191
        assertEquals(133, PixelMixer.mix(10, 200, 0.35)); // 3.5 + 130 = 133.5 -> 133
    }

    @Test
    void endPointsAreTheImagesThemselves() {
        for (int a = 0; a < 256; a += 15) {
            for (int b = 0; b < 256; b += 17) {
                assertEquals(a, PixelMixer.mix(a, b, 1.0));
                assertEquals(b, PixelMixer.mix(a, b, 0.0));
            }
        }
    }

    @Test
    void floatingPointErrorIsTruncatedToo() {
        // 0.3 * 3 + 0.7 * 3 = 2.9999999999999996 in IEEE double, so the published rule gives 2, not 3
        assertEquals(2.9999999999999996, 0.3 * 3 + (1 - 0.3) * 3);
        assertEquals(2, PixelMixer.mix(3, 3, 0.3));
    }

    @Test
    void imagesMixElementWiseAndMustMatchInShape() {
        ImageTensor a = ImageTensor.fromInts(1, 1, 3, new int[] {0, 100, 255});
        ImageTensor b = ImageTensor.fromInts(1, 1, 3, new int[] {255, 50, 255});
        // 0.5*0 + 0.5*255 = 127.5 -> 127; 50 + 25 = 75; 255
        assertArrayEquals(new int[] {127, 75, 255}, PixelMixer.mix(a, b, 0.5).toInts());
        ImageTensor c = ImageTensor.fromInts(3, 1, 1, new int[] {0, 0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PixelMixer.mix(a, c, 0.5));
        assertEquals(true, e.getMessage().contains("1x1x3") && e.getMessage().contains("3x1x1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PixelMixer.mix(a, b, 1.01));
        assertThrows(IllegalArgumentException.class, () -> PixelMixer.mix(a, b, Double.NaN));
    }
}
