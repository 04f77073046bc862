package org.hillmix.core.metrics;

import java.util.Objects;

/**
 * How much the training-loss curve of one regime varies between seeds: per epoch {@code e}, the mean and the
 * sample standard deviation (divisor {@code m_e - 1}) of the losses of the {@code m_e} seeds that trained for at
 * least {@code e} epochs (with early stopping, runs can have different lengths). Summaries: the mean of the
 * per-epoch standard deviations over the epochs where at least two seeds ran, and the standard deviation at the
 * last such epoch. A standard deviation is NaN where fewer than two seeds ran.
 *
 * @param mean per epoch, the mean loss over seeds
 * @param sd per epoch, the across-seed sample standard deviation
 * @param seeds per epoch, how many seeds reached it
 * @param meanSd mean of {@code sd} over the epochs with two or more seeds; NaN when there are none
 * @param lastSd {@code sd} at the last epoch with two or more seeds; NaN when there are none
 */
public record LossCurveSpread(double[] mean, double[] sd, int[] seeds, double meanSd, double lastSd) {

    /** Copies the arrays. */
    public LossCurveSpread {
        mean = mean.clone();
        sd = sd.clone();
        seeds = seeds.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }

    @Override
    public int[] seeds() {
        return seeds.clone();
    }

    /**
     * The spread of {@code curves[seed][epoch]}.
     *
     * @throws IllegalArgumentException when there is no curve, a curve is empty, or a loss is not finite
     */
    public static LossCurveSpread of(double[][] curves) {
        Objects.requireNonNull(curves, "curves");
        if (curves.length == 0) {
            throw new IllegalArgumentException("no loss curves: the spread needs at least one seed");
        }
        int epochs = 0;
        for (int s = 0; s < curves.length; s++) {
            if (curves[s] == null || curves[s].length == 0) {
                throw new IllegalArgumentException("loss curve of seed " + s + " is empty");
            }
            for (int e = 0; e < curves[s].length; e++) {
                if (!Double.isFinite(curves[s][e])) {
                    throw new IllegalArgumentException("loss of seed " + s + " at epoch " + (e + 1) + " is "
                            + curves[s][e] + "; losses must be finite");
                }
            }
            epochs = Math.max(epochs, curves[s].length);
        }
        double[] mean = new double[epochs];
        double[] sd = new double[epochs];
        int[] seeds = new int[epochs];
        double sumSd = 0;
        int withSd = 0;
        double lastSd = Double.NaN;
        for (int e = 0; e < epochs; e++) {
            double sum = 0;
            int m = 0;
            for (double[] c : curves) {
                if (e < c.length) {
                    sum += c[e];
                    m++;
                }
            }
            double mu = sum / m;
            double ss = 0;
            for (double[] c : curves) {
                if (e < c.length) {
                    ss += (c[e] - mu) * (c[e] - mu);
                }
            }
            mean[e] = mu;
            seeds[e] = m;
            sd[e] = m < 2 ? Double.NaN : Math.sqrt(ss / (m - 1));
            if (m >= 2) {
                sumSd += sd[e];
                withSd++;
                lastSd = sd[e];
            }
        }
        return new LossCurveSpread(mean, sd, seeds, withSd == 0 ? Double.NaN : sumSd / withSd, lastSd);
    }
}
