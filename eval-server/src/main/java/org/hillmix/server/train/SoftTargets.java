package org.hillmix.server.train;

/**
 * Arithmetic on target distributions (double arrays over K classes), shared by the regimes.
 * Pure Java; every method returns a new array.
 */
public final class SoftTargets {

    private SoftTargets() {
    }

    /** {@code onehot(label)}: 1 at {@code label}, 0 elsewhere. */
    public static double[] oneHot(int label, int numClasses) {
        checkLabel(label, numClasses);
        double[] y = new double[numClasses];
        y[label] = 1;
        return y;
    }

    /** Label smoothing: {@code (1 - s) onehot(label) + s / K}. */
    public static double[] smoothed(int label, int numClasses, double smoothing) {
        checkLabel(label, numClasses);
        double[] y = new double[numClasses];
        java.util.Arrays.fill(y, smoothing / numClasses);
        y[label] += 1 - smoothing;
        return y;
    }

    /** {@code lambda y1 + (1 - lambda) y2}. */
    public static double[] mix(double[] y1, double[] y2, double lambda) {
        if (y1.length != y2.length) {
            throw new IllegalArgumentException("cannot mix distributions of " + y1.length + " and " + y2.length
                    + " classes");
        }
        double[] y = new double[y1.length];
        for (int k = 0; k < y.length; k++) {
            y[k] = lambda * y1[k] + (1 - lambda) * y2[k];
        }
        return y;
    }

    /** Element-wise mean of equally long rows (at least one). */
    public static double[] mean(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("mean of no distributions");
        }
        double[] y = new double[rows[0].length];
        for (double[] row : rows) {
            for (int k = 0; k < y.length; k++) {
                y[k] += row[k];
            }
        }
        for (int k = 0; k < y.length; k++) {
            y[k] /= rows.length;
        }
        return y;
    }

    /**
     * {@code row / sum(row)}, after checking that {@code row} has K finite, non-negative values
     * with a positive sum.
     *
     * @param what names the row in messages, e.g. "votes of train item 12"
     */
    public static double[] normalised(double[] row, int numClasses, String what) {
        if (row == null) {
            throw new IllegalArgumentException(what + ": missing (null)");
        }
        if (row.length != numClasses) {
            throw new IllegalArgumentException(what + ": has " + row.length + " values, expected one per class ("
                    + numClasses + ")");
        }
        double sum = 0;
        for (int k = 0; k < row.length; k++) {
            if (!(row[k] >= 0) || Double.isInfinite(row[k])) {
                throw new IllegalArgumentException(what + ": value for class " + k + " is " + row[k]
                        + "; values must be finite and >= 0");
            }
            sum += row[k];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(what + ": all values are 0; give at least one positive value");
        }
        double[] y = new double[row.length];
        for (int k = 0; k < row.length; k++) {
            y[k] = row[k] / sum;
        }
        return y;
    }

    private static void checkLabel(int label, int numClasses) {
        if (label < 0 || label >= numClasses) {
            throw new IllegalArgumentException("class index " + label + " is outside [0, " + numClasses + ")");
        }
    }
}
