package org.hillmix.server.eval.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticImagesTest {

    @Test
    void sameSeedGivesIdenticalData() {
        SyntheticDataset a = SyntheticImages.generate(4, 20, 32, 0.4, 0.08, 7);
        SyntheticDataset b = SyntheticImages.generate(4, 20, 32, 0.4, 0.08, 7);
        for (int i = 0; i < a.count(); i++) {
            assertArrayEquals(a.images()[i], b.images()[i]);
            assertArrayEquals(a.trueMixture()[i], b.trueMixture()[i]);
        }
        SyntheticDataset c = SyntheticImages.generate(4, 20, 32, 0.4, 0.08, 8);
        assertFalse(java.util.Arrays.equals(a.images()[0], c.images()[0]));
    }

    @Test
    void shapeRangeAndLabels() {
        SyntheticDataset d = SyntheticImages.generate(10, 5, 16, 0.5, 0.2, 1);
        assertEquals(50, d.count());
        assertEquals(10, d.classes().size());
        for (int i = 0; i < d.count(); i++) {
            assertEquals(3 * 16 * 16, d.images()[i].length);
            for (float v : d.images()[i]) {
                assertTrue(v >= 0 && v <= 1, "pixel " + v);
            }
            assertEquals(i / 5, d.labels()[i]);
        }
    }

    @Test
    void ambiguityControlsTheExactNumberOfBlends() {
        SyntheticDataset none = SyntheticImages.generate(4, 50, 16, 0.0, 0.05, 3);
        for (int i = 0; i < none.count(); i++) {
            assertFalse(none.isBlend(i));
            assertEquals(1.0, none.trueMixture()[i][none.labels()[i]]);
        }
        SyntheticDataset some = SyntheticImages.generate(4, 50, 16, 0.4, 0.05, 3);
        int[] blends = new int[4];
        for (int i = 0; i < some.count(); i++) {
            double[] m = some.trueMixture()[i];
            assertEquals(1.0, m[0] + m[1] + m[2] + m[3], 1e-12);
            if (some.isBlend(i)) {
                blends[some.labels()[i]]++;
                double w = some.blendWeight()[i];
                assertTrue(w >= SyntheticImages.MIN_BLEND && w <= SyntheticImages.MAX_BLEND, "w " + w);
                assertEquals(w, m[some.labels()[i]], 1e-12);
                assertEquals(1 - w, m[some.secondClass()[i]], 1e-12);
                assertTrue(some.secondClass()[i] != some.labels()[i]);
            }
        }
        assertArrayEquals(new int[] {20, 20, 20, 20}, blends, "round(0.4 * 50) = 20 blends per class");
    }

    @Test
    void blendsLieBetweenTheirPrototypes() {
        // A blend w*A + (1-w)*B of noiseless images is closer to the mean image of its label than a pure image of
        // the other class is, on average: check via the mean distance to class means.
        SyntheticDataset d = SyntheticImages.generate(4, 60, 16, 0.5, 0.0, 11);
        double[][] means = classMeans(d, false);
        int correct = 0;
        int pure = 0;
        for (int i = 0; i < d.count(); i++) {
            if (!d.isBlend(i)) {
                pure++;
                correct += nearest(means, d.images()[i]) == d.labels()[i] ? 1 : 0;
            }
        }
        // Classes are distinguishable: nearest class mean beats chance (0.25) by far on pure images.
        assertTrue(correct > 0.6 * pure, correct + " of " + pure);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticImages.generate(11, 5, 16, 0.1, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticImages.generate(4, 5, 16, 1.5, 0.1, 0));
    }

    private static double[][] classMeans(SyntheticDataset d, boolean includeBlends) {
        int k = d.classes().size();
        int dim = d.images()[0].length;
        double[][] m = new double[k][dim];
        int[] n = new int[k];
        for (int i = 0; i < d.count(); i++) {
            if (includeBlends || !d.isBlend(i)) {
                n[d.labels()[i]]++;
                for (int j = 0; j < dim; j++) {
                    m[d.labels()[i]][j] += d.images()[i][j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < dim; j++) {
                m[c][j] /= n[c];
            }
        }
        return m;
    }

    private static int nearest(double[][] means, float[] x) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int c = 0; c < means.length; c++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += (x[j] - means[c][j]) * (x[j] - means[c][j]);
            }
            if (s < bestD) {
                bestD = s;
                best = c;
            }
        }
        return best;
    }
}
