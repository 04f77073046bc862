package org.hillmix.core.coverage;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method (Golub and
 * Van Loan, "Matrix Computations", 4th ed., section 8.5, algorithms 8.5.1-8.5.3): sweeps of plane
 * rotations, each zeroing one off-diagonal pair, with Rutishauser's stable choice of the rotation
 * ({@code t = sign(theta) / (|theta| + sqrt(theta^2 + 1))}). Jacobi is slower than tridiagonal QR
 * ({@code O(m^3)} per sweep, typically 6-10 sweeps) but simple and at least as accurate for small
 * eigenvalues (Demmel and Veselic, SIAM J. Matrix Anal. Appl. 13(4), 1992). It stops when the
 * off-diagonal Frobenius norm is below {@code 1e-14} times the matrix's, or after 100 sweeps.
 *
 * <p>Results are sorted by decreasing eigenvalue; each eigenvector's sign is fixed so that its
 * entry of largest magnitude (the first of equal ones) is positive, so results are reproducible.
 */
final class SymmetricEigen {

    static final int MAX_SWEEPS = 100;

    /** Eigenvalues, largest first. */
    final double[] values;
    /** {@code vectors[k]} is the unit eigenvector of {@code values[k]}. */
    final double[][] vectors;
    /** Sweeps used. */
    final int sweeps;

    private SymmetricEigen(double[] values, double[][] vectors, int sweeps) {
        this.values = values;
        this.vectors = vectors;
        this.sweeps = sweeps;
    }

    /**
     * Decomposes {@code matrix} (not changed; only its upper triangle is trusted to be symmetric).
     *
     * @throws IllegalArgumentException when it is not square or holds a non-finite value
     */
    static SymmetricEigen of(double[][] matrix) {
        int m = matrix.length;
        double[][] a = new double[m][];
        for (int i = 0; i < m; i++) {
            if (matrix[i].length != m) {
                throw new IllegalArgumentException("matrix is not square: row " + i + " has " + matrix[i].length
                        + " entries, expected " + m);
            }
            a[i] = matrix[i].clone();
            for (double v : a[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix holds a non-finite value " + v);
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = a[j][i];
            }
        }
        double[][] v = new double[m][m];
        for (int i = 0; i < m; i++) {
            v[i][i] = 1;
        }
        double norm = 0;
        for (double[] row : a) {
            for (double x : row) {
                norm += x * x;
            }
        }
        double tolerance = 1e-28 * norm; // squared: off(A) <= 1e-14 ||A||_F
        int sweep = 0;
        while (sweep < MAX_SWEEPS && offDiagonal2(a) > tolerance) {
            sweep++;
            for (int p = 0; p < m - 1; p++) {
                for (int q = p + 1; q < m; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        double[] values = new double[m];
        for (int i = 0; i < m; i++) {
            values[i] = a[i][i];
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        double[] sortedValues = new double[m];
        double[][] sortedVectors = new double[m][m];
        for (int k = 0; k < m; k++) {
            sortedValues[k] = values[order[k]];
            for (int i = 0; i < m; i++) {
                sortedVectors[k][i] = v[i][order[k]];
            }
            fixSign(sortedVectors[k]);
        }
        return new SymmetricEigen(sortedValues, sortedVectors, sweep);
    }

    private static double offDiagonal2(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    s += a[i][j] * a[i][j];
                }
            }
        }
        return s;
    }

    /** One Jacobi rotation in the (p, q) plane that zeroes {@code a[p][q]}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.abs(theta) > 1e150 ? 1 / (2 * theta)
                : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int m = a.length;
        for (int k = 0; k < m; k++) {
            if (k != p && k != q) {
                double akp = a[k][p];
                double akq = a[k][q];
                a[k][p] = c * akp - s * akq;
                a[p][k] = a[k][p];
                a[k][q] = s * akp + c * akq;
                a[q][k] = a[k][q];
            }
        }
        a[p][p] -= t * apq;
        a[q][q] += t * apq;
        a[p][q] = 0;
        a[q][p] = 0;
        for (int k = 0; k < m; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    /** Makes the entry of largest magnitude (the first of equal ones) positive. */
    static void fixSign(double[] u) {
        int best = 0;
        for (int i = 1; i < u.length; i++) {
            if (Math.abs(u[i]) > Math.abs(u[best])) {
                best = i;
            }
        }
        if (u[best] < 0) {
            for (int i = 0; i < u.length; i++) {
                u[i] = -u[i];
            }
        }
    }
}
