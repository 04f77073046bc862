package org.hillmix.core.labels;

/**
 * Label smoothing (Szegedy et al. 2016) with factor {@code s} in [0, 1]:
 * {@code smoothed = (1 - s) * p + s / K} for a distribution {@code p} over {@code K} classes; for
 * a hard label {@code c} this is {@code 1 - s + s/K} on {@code c} and {@code s/K} elsewhere.
 */
public final class LabelSmoothing {

    private LabelSmoothing() {
    }

    /**
     * The smoothed one-hot label of class {@code c}.
     *
     * @throws IllegalArgumentException when {@code c} is outside {@code 0..classes-1} or {@code s}
     *     outside [0, 1]
     */
    public static double[] smooth(int c, int classes, double s) {
        if (classes < 1 || c < 0 || c >= classes) {
            throw new IllegalArgumentException("class " + c + " is outside 0-" + (classes - 1));
        }
        double[] p = new double[classes];
        p[c] = 1;
        return smooth(p, s);
    }

    /**
     * {@code (1 - s) * p + s / K}.
     *
     * @throws IllegalArgumentException when {@code s} is outside [0, 1]
     */
    public static double[] smooth(double[] p, double s) {
        if (!(s >= 0 && s <= 1)) {
            throw new IllegalArgumentException("label smoothing factor must be in [0, 1], got " + s);
        }
        double[] out = new double[p.length];
        double uniform = s / p.length;
        for (int i = 0; i < p.length; i++) {
            out[i] = (1 - s) * p[i] + uniform;
        }
        return out;
    }
}
