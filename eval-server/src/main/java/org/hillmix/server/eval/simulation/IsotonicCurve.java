package org.hillmix.server.eval.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A non-decreasing map from [0, 1] to [0, 1] fitted by weighted isotonic regression (pool-adjacent-violators),
 * anchored at (0, 0) and (1, 1) and linearly interpolated between knots.
 *
 * <p>Fit: points with {@code 0 < x < 1} are sorted by x; points sharing an x are merged into their weighted mean;
 * PAVA then finds the non-decreasing step values {@code f(x_j)} minimising {@code sum_i w_i (y_i - f(x_i))^2}.
 * The knots are the distinct x with their fitted values, plus the anchors (0, 0) and (1, 1): a pure image is
 * perceived as itself. Because the fitted values are weighted means of y in [0, 1], the interpolant stays in
 * [0, 1] and is monotone.
 */
public final class IsotonicCurve {

    /** The identity map (no data). */
    public static final IsotonicCurve IDENTITY = new IsotonicCurve(new double[] {0, 1}, new double[] {0, 1}, 0);

    private final double[] knotX;
    private final double[] knotY;
    private final int points;

    private IsotonicCurve(double[] knotX, double[] knotY, int points) {
        this.knotX = knotX;
        this.knotY = knotY;
        this.points = points;
    }

    /**
     * Fits a curve.
     *
     * @param x inputs in [0, 1] (points at exactly 0 or 1 are ignored: the anchors fix them)
     * @param y outputs in [0, 1]
     * @param w non-negative weights ({@code null} for equal weights)
     */
    public static IsotonicCurve fit(double[] x, double[] y, double[] w) {
        if (x.length != y.length || (w != null && w.length != x.length)) {
            throw new IllegalArgumentException("isotonic fit needs as many x, y and weights, got " + x.length + ", "
                    + y.length + ", " + (w == null ? "-" : w.length));
        }
        Integer[] order = new Integer[x.length];
        int used = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            if (!(y[i] >= 0 && y[i] <= 1) || !(wi >= 0) || Double.isNaN(x[i])) {
                throw new IllegalArgumentException("isotonic fit: point " + i + " (x " + x[i] + ", y " + y[i]
                        + ", weight " + wi + ") out of range; y must be in [0, 1], weights >= 0");
            }
            if (x[i] > 0 && x[i] < 1 && wi > 0) {
                order[used++] = i;
            }
        }
        if (used == 0) {
            return IDENTITY;
        }
        Integer[] idx = Arrays.copyOf(order, used);
        Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
        // Merge ties: one block per distinct x.
        List<double[]> blocks = new ArrayList<>(); // {xFirst, xLast, weightedSum, weight}
        for (int i : idx) {
            double wi = w == null ? 1 : w[i];
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[0] == x[i]) {
                last[2] += wi * y[i];
                last[3] += wi;
            } else {
                blocks.add(new double[] {x[i], x[i], wi * y[i], wi});
            }
        }
        double[] distinctX = new double[blocks.size()];
        for (int j = 0; j < distinctX.length; j++) {
            distinctX[j] = blocks.get(j)[0];
        }
        // Pool adjacent violators over the distinct-x blocks.
        int n = blocks.size();
        double[] sum = new double[n];
        double[] weight = new double[n];
        int[] count = new int[n];
        int top = 0;
        for (double[] b : blocks) {
            sum[top] = b[2];
            weight[top] = b[3];
            count[top] = 1;
            top++;
            while (top > 1 && sum[top - 2] / weight[top - 2] > sum[top - 1] / weight[top - 1]) {
                sum[top - 2] += sum[top - 1];
                weight[top - 2] += weight[top - 1];
                count[top - 2] += count[top - 1];
                top--;
            }
        }
        double[] kx = new double[n + 2];
        double[] ky = new double[n + 2];
        kx[0] = 0;
        ky[0] = 0;
        int k = 1;
        for (int b = 0; b < top; b++) {
            double value = Math.min(1, Math.max(0, sum[b] / weight[b]));
            for (int c = 0; c < count[b]; c++) {
                kx[k] = distinctX[k - 1];
                ky[k] = value;
                k++;
            }
        }
        kx[n + 1] = 1;
        ky[n + 1] = 1;
        return new IsotonicCurve(kx, ky, used);
    }

    /** The fitted value at {@code x}, clamped into [0, 1] first. */
    public double at(double x) {
        double t = Math.min(1, Math.max(0, x));
        int hi = Arrays.binarySearch(knotX, t);
        if (hi >= 0) {
            return knotY[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double f = (t - knotX[lo]) / (knotX[hi] - knotX[lo]);
        return knotY[lo] + f * (knotY[hi] - knotY[lo]);
    }

    /** Knot inputs, from 0 to 1. */
    public double[] knotX() {
        return knotX.clone();
    }

    /** Knot values, non-decreasing from 0 to 1. */
    public double[] knotY() {
        return knotY.clone();
    }

    /** Number of data points the curve was fitted on (0 for the identity). */
    public int points() {
        return points;
    }
}
