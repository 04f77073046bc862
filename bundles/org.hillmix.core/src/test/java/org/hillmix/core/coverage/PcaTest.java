package org.hillmix.core.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Cyclic Jacobi and PCA against hand-computed decompositions. */
class PcaTest {

    @Test
    void jacobiFindsTheEigenpairsOfTheSecondDifferenceMatrix() {
        // eigenvalues 2 + sqrt 2, 2, 2 - sqrt 2; the first eigenvector (1, -sqrt 2, 1) / 2, sign-fixed to -(...)
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}});
        assertArrayEquals(new double[] {2 + Math.sqrt(2), 2, 2 - Math.sqrt(2)}, e.values, 1e-13);
        assertArrayEquals(new double[] {-0.5, Math.sqrt(2) / 2, -0.5}, e.vectors[0], 1e-13);
        assertArrayEquals(new double[] {Math.sqrt(2) / 2, 0, -Math.sqrt(2) / 2}, e.vectors[1], 1e-13);
    }

    @Test
    void jacobiDecomposesARandomSymmetricMatrix() {
        SplittableRandom rnd = new SplittableRandom(3);
        int m = 12;
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                a[i][j] = rnd.nextDouble(-1, 1);
                a[j][i] = a[i][j];
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a);
        assertTrue(e.sweeps <= 15, "sweeps " + e.sweeps);
        for (int k = 0; k < m; k++) {
            if (k > 0) {
                assertTrue(e.values[k] <= e.values[k - 1]);
            }
            for (int i = 0; i < m; i++) {
                double av = 0;
                for (int j = 0; j < m; j++) {
                    av += a[i][j] * e.vectors[k][j];
                }
                assertEquals(e.values[k] * e.vectors[k][i], av, 1e-12, "A v = lambda v");
            }
            for (int l = 0; l < m; l++) {
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += e.vectors[k][i] * e.vectors[l][i];
                }
                assertEquals(k == l ? 1 : 0, dot, 1e-12, "orthonormal");
            }
        }
    }

    @Test
    void pcaOfADesignedCloudGivesItsAxesAndVariances() {
        // x = (10, -5) + t (0.6, 0.8) + s (-0.8, 0.6), t = -3, -1, 1, 3 and s = 1, -1, -1, 1 (uncorrelated, mean 0):
        // variances sum t^2 / 3 = 20/3 and sum s^2 / 3 = 4/3
        double[] t = {-3, -1, 1, 3};
        double[] s = {1, -1, -1, 1};
        double[][] x = new double[4][];
        for (int i = 0; i < 4; i++) {
            x[i] = new double[] {10 + 0.6 * t[i] - 0.8 * s[i], -5 + 0.8 * t[i] + 0.6 * s[i]};
        }
        Pca pca = Pca.fit(x, 2);
        assertArrayEquals(new double[] {10, -5}, pca.mean(), 1e-12);
        assertEquals(20.0 / 3, pca.variance(0), 1e-12);
        assertEquals(4.0 / 3, pca.variance(1), 1e-12);
        assertEquals(20.0 / 24, pca.explained(0), 1e-12);
        assertArrayEquals(new double[] {0.6, 0.8}, pca.component(0), 1e-12);
        assertArrayEquals(new double[] {0.8, -0.6}, pca.component(1), 1e-12); // sign: largest entry positive
        double[][] y = pca.project(x);
        for (int i = 0; i < 4; i++) {
            assertEquals(t[i], y[i][0], 1e-12);
            assertEquals(-s[i], y[i][1], 1e-12);
        }
    }

    @Test
    void gramPathGivesTheSameProjectionWhenDimensionsExceedItems() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[][] x = new double[6][9];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rnd.nextDouble(-2, 2);
            }
        }
        Pca cov = Pca.fit(x, 2, false);
        Pca gram = Pca.fit(x, 2, true);
        for (int k = 0; k < 2; k++) {
            assertEquals(cov.variance(k), gram.variance(k), 1e-10);
            assertArrayEquals(cov.component(k), gram.component(k), 1e-9);
        }
        double[][] a = cov.project(x);
        double[][] b = gram.project(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(a[i], b[i], 1e-9);
        }
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}}, 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {1}}, 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, Double.NaN}, {1, 2}}, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pca.fit(new double[][] {{1, 2}, {3, 4}}, 2));
        assertEquals("number of components 2 is outside 1-1", e.getMessage());
    }
}
