package org.hillmix.core.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hillmix.core.data.ImageTensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties every shift must have: determinism, monotone distortion, shape, limits, refusals. */
class ShiftPropertiesTest {

    /** Shifts whose output depends on the seed. */
    private static final Set<String> RANDOM = Set.of("gaussian-noise", "shot-noise", "impulse-noise",
            "speckle-noise", "glass-blur", "motion-blur", "fog", "lighting-direction", "background-colour",
            "background-texture", "occlusion", "rotation");

    private static final int[] CIFAR = {0, 22, 26, 31, 32, 47, 51, 57};
    private static List<ImageTensor> images;

    @BeforeAll
    static void load() throws IOException {
        images = new ArrayList<>();
        for (int i : CIFAR) {
            images.add(TestImages.cifar(i));
        }
    }

    @Test
    void everyShiftIsDeterministicInImageSeverityAndSeed() {
        ImageTensor img = images.get(0);
        for (ImageShift s : ShiftSuite.all()) {
            ImageTensor a = s.apply(img, 3, 42);
            assertEquals(a, s.apply(img, 3, 42), s.name());
            assertEquals(a, ShiftSuite.byName(s.name()).apply(img, 3, 42), s.name());
            ImageTensor other = s.apply(img, 3, 43);
            if (RANDOM.contains(s.name())) {
                assertNotEquals(a, other, s.name() + " should depend on the seed");
            } else {
                assertEquals(a, other, s.name() + " should not depend on the seed");
            }
        }
    }

    @Test
    void distortionGrowsWithSeverity() {
        for (ImageShift s : ShiftSuite.all()) {
            if (s.name().equals("saturate") || s.name().equals("glass-blur")) {
                continue; // published tables that are not monotone: see the two tests below
            }
            double previous = 0;
            for (int sev = 1; sev <= 5; sev++) {
                double d = meanRms(s, sev);
                if (s.name().equals("motion-blur") && sev == 4) {
                    // (radius 6, sigma 2) and (8, 2): the longer kernel adds only weights below 1e-9
                    assertEquals(previous, d, 1e-6, "motion-blur 3 and 4");
                } else {
                    assertTrue(d > previous, s.name() + ": RMS change " + d + " at severity " + sev
                            + " is not above " + previous + " at " + (sev - 1));
                }
                previous = d;
            }
        }
    }

    @Test
    void glassBlurChangesMoreWithTwoShufflingPasses() {
        // the published sigmas (0.05, 0.25, 0.4, 0.25, 0.4) smooth the shuffled pixels more at 2 and 3 than
        // at 1, so the RMS change falls from 1 to 3; the two-pass severities 4 and 5 change most
        ImageShift s = ShiftSuite.byName("glass-blur");
        double onePass = Math.max(meanRms(s, 1), Math.max(meanRms(s, 2), meanRms(s, 3)));
        assertTrue(meanRms(s, 4) > onePass);
        assertTrue(meanRms(s, 5) > onePass);
    }

    private static final java.util.Map<String, Double> RMS = new java.util.HashMap<>();

    /** The mean RMS change over the test images at seed 11 (computed once per shift and severity). */
    private static double meanRms(ImageShift s, int severity) {
        return RMS.computeIfAbsent(s.name() + " " + severity, k -> computeMeanRms(s, severity));
    }

    private static double computeMeanRms(ImageShift s, int severity) {
        double sum = 0;
        for (ImageTensor img : images) {
            sum += TestImages.rms(img, s.apply(img, severity, 11));
        }
        return sum / images.size();
    }

    @Test
    void everyShiftKeepsTheShapeAndWorksOnGreyAndOddSizes() {
        ImageTensor grey = ShiftFormulaTest.ramp(1, 7, 5);
        ImageTensor rgb = ShiftFormulaTest.ramp(3, 5, 9);
        for (ImageShift s : ShiftSuite.all()) {
            for (int sev = 1; sev <= 5; sev++) {
                assertTrue(grey.sameShape(s.apply(grey, sev, 1)), s.name());
                assertTrue(rgb.sameShape(s.apply(rgb, sev, 1)), s.name());
            }
            assertTrue(s.apply(TestImages.constant(3, 1, 1, 0.5f), 5, 1).sameShape(TestImages.constant(3, 1, 1, 0)),
                    s.name() + " on a 1x1 image");
        }
    }

    @Test
    void blursAndGeometricShiftsLeaveAConstantImageConstant() {
        ImageTensor flat = TestImages.constant(3, 12, 12, 0.4f);
        for (String name : List.of("defocus-blur", "motion-blur", "zoom-blur", "gaussian-blur", "glass-blur",
                "pixelate", "contrast", "rotation", "scale")) {
            float[] out = ShiftSuite.byName(name).apply(flat, 5, 3).toArray();
            for (float v : out) {
                // glass blur truncates to 8 bits: 0.4 = 102 / 255 exactly
                assertEquals(0.4f, v, 1e-6f, name);
            }
        }
    }

    @Test
    void outputStaysInTheUnitInterval() {
        ImageTensor white = TestImages.constant(3, 8, 8, 1f);
        ImageTensor black = TestImages.constant(3, 8, 8, 0f);
        for (ImageShift s : ShiftSuite.all()) {
            for (ImageTensor img : List.of(white, black, images.get(1))) {
                for (float v : s.apply(img, 5, 9).toArray()) {
                    assertTrue(v >= 0f && v <= 1f, s.name() + " gave " + v);
                }
            }
        }
    }

    @Test
    void severityOutsideOneToFiveIsRefusedListingTheValidOnes() {
        for (int bad : new int[] {0, 6, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ShiftSuite.byName("fog").apply(images.get(0), bad, 0));
            assertEquals("severity " + bad + " is outside 1-5; valid severities: 1, 2, 3, 4, 5 (1 mildest)",
                    e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ShiftSuite.byName("fog").parameters(6));
    }

    @Test
    void unknownNamesAreRefusedListingTheValidOnesAndAliasesWork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShiftSuite.byName("fgo"));
        assertEquals("unknown shift 'fgo'; valid shifts: " + String.join(", ", ShiftSuite.names()), e.getMessage());
        assertEquals(22, ShiftSuite.names().size());
        assertEquals("jpeg", ShiftSuite.byName("jpeg_compression").name());
        assertEquals("gaussian-noise", ShiftSuite.byName(" Gaussian_Noise ").name());
        assertEquals("colour-temperature", ShiftSuite.byName("color-temperature").name());
        for (ImageShift s : ShiftSuite.all()) {
            for (int sev = 1; sev <= 5; sev++) {
                assertTrue(!s.parameters(sev).isBlank(), s.name());
            }
        }
    }

    @Test
    void itemSeedsDependOnSeedAndIdOnly() {
        assertEquals(ShiftSeeds.itemSeed(5, "cat/001"), ShiftSeeds.itemSeed(5, "cat/001"));
        assertNotEquals(ShiftSeeds.itemSeed(5, "cat/001"), ShiftSeeds.itemSeed(5, "cat/002"));
        assertNotEquals(ShiftSeeds.itemSeed(5, "cat/001"), ShiftSeeds.itemSeed(6, "cat/001"));
        // FNV-1a 64 test vector: "a" -> af63dc4c8601ec8c
        assertEquals(0xAF63DC4C8601EC8CL, ShiftSeeds.fnv1a("a"));
    }
}
