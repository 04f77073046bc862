package org.hillmix.core.coverage;

import java.util.Arrays;

/**
 * Principal component analysis of an {@code n x d} data matrix (rows are items).
 *
 * <p>Method: the column means are subtracted first (two-pass, so the covariance does not suffer
 * the cancellation of the one-pass formula; Chan, Golub and LeVeque, Am. Stat. 37(3), 1983). With
 * {@code d <= n} the covariance {@code C = Xc^T Xc / (n - 1)} is decomposed; with {@code d > n} the
 * Gram matrix {@code G = Xc Xc^T / (n - 1)} is, and component {@code k} is
 * {@code v_k = Xc^T u_k / sqrt((n - 1) lambda_k)} (the same non-zero eigenvalues, an
 * {@code n x n} problem instead of {@code d x d}). Both are decomposed by {@link SymmetricEigen}
 * (cyclic Jacobi), so the cost is {@code O(min(n, d)^3)} per sweep. Components are unit vectors
 * with the sign convention of {@link SymmetricEigen}; component {@code k}'s variance is
 * {@code lambda_k}.
 */
public final class Pca {

    private final double[] mean;
    private final double[][] components;
    private final double[] variances;
    private final double totalVariance;

    private Pca(double[] mean, double[][] components, double[] variances, double totalVariance) {
        this.mean = mean;
        this.components = components;
        this.variances = variances;
        this.totalVariance = totalVariance;
    }

    /**
     * Fits the first {@code k} components.
     *
     * @throws IllegalArgumentException when there are fewer than 2 rows, rows differ in length, a value
     *             is not finite, or {@code k} is not in [1, min(n - 1, d)] (at least 1)
     */
    public static Pca fit(double[][] data, int k) {
        return fit(data, k, data.length > 0 && data[0].length > data.length);
    }

    /** {@link #fit(double[][], int)}, choosing the Gram path explicitly (tests compare both). */
    static Pca fit(double[][] data, int k, boolean gram) {
        int n = data.length;
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 items, got " + n);
        }
        int d = data[0].length;
        if (d < 1) {
            throw new IllegalArgumentException("PCA needs at least 1 dimension");
        }
        for (int i = 0; i < n; i++) {
            if (data[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + data[i].length + " values, row 0 has " + d);
            }
            for (double v : data[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("row " + i + " holds the non-finite value " + v);
                }
            }
        }
        int maxK = Math.max(1, Math.min(n - 1, d));
        if (k < 1 || k > maxK) {
            throw new IllegalArgumentException("number of components " + k + " is outside 1-" + maxK);
        }
        double[] mean = new double[d];
        for (double[] row : data) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] xc = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xc[i][j] = data[i][j] - mean[j];
            }
        }
        double[][] comps = new double[k][];
        double[] vars = new double[k];
        double total;
        if (!gram) {
            double[][] c = new double[d][d];
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += xc[i][a] * xc[i][b];
                    }
                    c[a][b] = s / (n - 1);
                    c[b][a] = c[a][b];
                }
            }
            total = trace(c);
            SymmetricEigen e = SymmetricEigen.of(c);
            for (int q = 0; q < k; q++) {
                comps[q] = e.vectors[q];
                vars[q] = Math.max(0, e.values[q]);
            }
        } else {
            double[][] g = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = a; b < n; b++) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        s += xc[a][j] * xc[b][j];
                    }
                    g[a][b] = s / (n - 1);
                    g[b][a] = g[a][b];
                }
            }
            total = trace(g);
            SymmetricEigen e = SymmetricEigen.of(g);
            for (int q = 0; q < k; q++) {
                double lambda = Math.max(0, e.values[q]);
                double[] v = new double[d];
                if (lambda > 0) {
                    double[] u = e.vectors[q];
                    for (int j = 0; j < d; j++) {
                        double s = 0;
                        for (int i = 0; i < n; i++) {
                            s += xc[i][j] * u[i];
                        }
                        v[j] = s;
                    }
                    normalise(v);
                    SymmetricEigen.fixSign(v);
                }
                comps[q] = v;
                vars[q] = lambda;
            }
        }
        return new Pca(mean, comps, vars, total);
    }

    private static double trace(double[][] m) {
        double t = 0;
        for (int i = 0; i < m.length; i++) {
            t += m[i][i];
        }
        return t;
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double norm = Math.sqrt(s);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
    }

    /** The column means. */
    public double[] mean() {
        return mean.clone();
    }

    /** Component {@code k} (0-based), a unit vector. */
    public double[] component(int k) {
        return components[k].clone();
    }

    /** The variance along component {@code k}. */
    public double variance(int k) {
        return variances[k];
    }

    /** The share of the total variance along component {@code k} (0 when the data are constant). */
    public double explained(int k) {
        return totalVariance > 0 ? variances[k] / totalVariance : 0;
    }

    /** Number of components fitted. */
    public int components() {
        return components.length;
    }

    /** {@code (x - mean) . v_k} for every component, for every row. */
    public double[][] project(double[][] data) {
        double[][] out = new double[data.length][components.length];
        for (int i = 0; i < data.length; i++) {
            if (data[i].length != mean.length) {
                throw new IllegalArgumentException("row " + i + " has " + data[i].length + " values, the fit had "
                        + mean.length);
            }
            for (int q = 0; q < components.length; q++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (data[i][j] - mean[j]) * components[q][j];
                }
                out[i][q] = s;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Pca[" + components.length + " components, variances " + Arrays.toString(variances) + "]";
    }
}
