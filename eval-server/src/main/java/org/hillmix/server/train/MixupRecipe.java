package org.hillmix.server.train;

import java.util.SplittableRandom;

import org.hillmix.core.mixup.BetaDistribution;

/**
 * Mixup in pixel space with per-example mixing factors. Partners are a random permutation of the
 * batch (the "shuffled batch", so an example may meet itself); example i gets its own
 * {@code lambda_i ~ Beta(alpha, alpha)} (the core's {@link BetaDistribution}) and becomes
 * {@code lambda_i x_i + (1 - lambda_i) x_perm(i)} with target {@code labels.label(i, perm(i), lambda_i)}.
 *
 * <p>Random draws, in order: the permutation (Fisher-Yates), then one lambda per position. Mixup
 * and human-mixup therefore see identical images and lambdas for the same seed and differ only in
 * their targets.
 */
final class MixupRecipe implements BatchRecipe {

    private final BetaDistribution beta;
    private final PairLabels labels;

    MixupRecipe(BetaDistribution beta, PairLabels labels) {
        this.beta = beta;
        this.labels = labels;
    }

    @Override
    public TrainingBatch make(int[] items, float[][] images, SplittableRandom rng) {
        int n = items.length;
        int[] partner = permutation(n, rng);
        float[][] mixed = new float[n][];
        double[][] targets = new double[n][];
        for (int i = 0; i < n; i++) {
            double lambda = beta.sample(rng);
            int j = partner[i];
            mixed[i] = mixPixels(images[i], images[j], lambda);
            targets[i] = labels.label(items[i], items[j], lambda);
        }
        return new TrainingBatch(items, mixed, targets);
    }

    /** {@code lambda a + (1 - lambda) b}, per pixel, computed in double. */
    static float[] mixPixels(float[] a, float[] b, double lambda) {
        float[] out = new float[a.length];
        for (int p = 0; p < a.length; p++) {
            out[p] = (float) (lambda * a[p] + (1 - lambda) * b[p]);
        }
        return out;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
