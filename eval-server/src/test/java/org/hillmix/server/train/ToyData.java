package org.hillmix.server.train;

import java.util.SplittableRandom;

import org.hillmix.core.metrics.TopLabel;

/** Small synthetic example sets for the training tests. */
final class ToyData {

    private ToyData() {
    }

    /**
     * A linearly separable problem: each class has a random +-1 pattern over the pixels; image =
     * clip(0.5 + signal * pattern(label) + noise * N(0, 1), 0, 1). Labels cycle 0..K-1. Sets with
     * the same {@code patternSeed} are draws from the same problem.
     */
    static ExampleSet patterns(int n, int channels, int height, int width, int numClasses, double signal,
            double noise, long patternSeed, long sampleSeed) {
        SplittableRandom rng = new SplittableRandom(patternSeed);
        int p = channels * height * width;
        float[][] patterns = new float[numClasses][p];
        for (int k = 0; k < numClasses; k++) {
            for (int i = 0; i < p; i++) {
                patterns[k][i] = rng.nextBoolean() ? 1f : -1f;
            }
        }
        SplittableRandom sampleRng = new SplittableRandom(sampleSeed);
        float[][] images = new float[n][p];
        int[] labels = new int[n];
        for (int j = 0; j < n; j++) {
            labels[j] = j % numClasses;
            for (int i = 0; i < p; i++) {
                double v = 0.5 + signal * patterns[labels[j]][i] + noise * sampleRng.nextGaussian();
                images[j][i] = (float) Math.min(1, Math.max(0, v));
            }
        }
        return new ExampleSet(channels, height, width, images, labels, numClasses);
    }

    /**
     * A colour problem suited to convolutions with global pooling: class k (of 4) has mean colour
     * {@code COLOURS[k]}, pixels are that colour plus {@code noise * N(0, 1)}, clipped to [0, 1];
     * 3 channels. Labels cycle 0..3.
     */
    static ExampleSet colours(int n, int size, double noise, long sampleSeed) {
        double[][] colours = {{0.3, 0.3, 0.3}, {0.7, 0.3, 0.3}, {0.3, 0.7, 0.3}, {0.3, 0.3, 0.7}};
        SplittableRandom rng = new SplittableRandom(sampleSeed);
        int plane = size * size;
        float[][] images = new float[n][3 * plane];
        int[] labels = new int[n];
        for (int j = 0; j < n; j++) {
            labels[j] = j % 4;
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < plane; i++) {
                    double v = colours[labels[j]][c] + noise * rng.nextGaussian();
                    images[j][c * plane + i] = (float) Math.min(1, Math.max(0, v));
                }
            }
        }
        return new ExampleSet(3, size, size, images, labels, 4);
    }

    /** Uniform random pixels and random labels. */
    static ExampleSet random(int n, int channels, int height, int width, int numClasses, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] images = new float[n][channels * height * width];
        int[] labels = new int[n];
        for (int j = 0; j < n; j++) {
            labels[j] = rng.nextInt(numClasses);
            for (int i = 0; i < images[j].length; i++) {
                images[j][i] = (float) rng.nextDouble();
            }
        }
        return new ExampleSet(channels, height, width, images, labels, numClasses);
    }

    /** Fraction of rows whose arg-max equals the label. */
    static double accuracy(double[][] scores, int[] labels) {
        int hits = 0;
        for (int i = 0; i < scores.length; i++) {
            if (TopLabel.argmax(scores[i]) == labels[i]) {
                hits++;
            }
        }
        return (double) hits / scores.length;
    }
}
