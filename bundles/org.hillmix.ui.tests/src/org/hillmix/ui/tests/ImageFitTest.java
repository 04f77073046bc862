package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hillmix.ui.internal.views.ImageFit;
import org.junit.jupiter.api.Test;

class ImageFitTest {

    @Test
    void enlargesByTheLargestWholeFactorAndCentres() {
        // 300/32 = 9, 200/32 = 6 -> factor 6: 192x192, left (300-192)/2 = 54, top (200-192)/2 = 4
        assertEquals(new ImageFit(54, 4, 192, 192, 6.0), ImageFit.of(32, 32, 300, 200));
    }

    @Test
    void keepsWholeFactorForNonSquareImages() {
        // 100/28 = 3, 100/40 = 2 -> factor 2: 56x80 at (22, 10)
        assertEquals(new ImageFit(22, 10, 56, 80, 2.0), ImageFit.of(28, 40, 100, 100));
    }

    @Test
    void exactFitIsOneToOne() {
        assertEquals(new ImageFit(0, 0, 28, 28, 1.0), ImageFit.of(28, 28, 28, 28));
    }

    @Test
    void shrinksFractionallyOnlyWhenTheImageDoesNotFit() {
        // min(20/32, 40/32) = 0.625 -> 20x20, centred vertically at (40-20)/2 = 10
        assertEquals(new ImageFit(0, 10, 20, 20, 0.625), ImageFit.of(32, 32, 20, 40));
    }

    @Test
    void emptyAreaDrawsNothing() {
        ImageFit fit = ImageFit.of(32, 32, -5, 0);
        assertEquals(0, fit.width());
        assertEquals(0, fit.height());
    }

    @Test
    void rejectsImagesWithoutPixels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFit.of(0, 32, 100, 100));
        assertEquals("image size 0x32 has no pixels", e.getMessage());
    }
}
