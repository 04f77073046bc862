package org.hillmix.server.eval.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.DatasetSpec;

/**
 * Generates the demo data set in process: square RGB images of up to ten procedural classes (oriented stripes,
 * rings, a blob, checkers, spokes, ...), each with its own colour cue, random phase, position, colour jitter and
 * Gaussian pixel noise.
 *
 * <p><b>Controllable ambiguity.</b> Of the {@code perClass} images of each class, exactly
 * {@code round(ambiguity * perClass)} are blends {@code x = w * A + (1 - w) * B} of an instance {@code A} of the
 * class and an instance {@code B} of another class (chosen uniformly), with {@code w ~ Uniform(0.55, 0.9)}; the
 * rest are pure ({@code w = 1}). The true class mixture of a blend is {@code w} on its label and {@code 1 - w} on
 * the other class: the ground truth that simulated annotators answer from. {@code w > 0.5} keeps the label the
 * most probable class.
 *
 * <p>The output depends only on the arguments: the same seed gives bit-identical images.
 */
public final class SyntheticImages {

    /** Most classes the generator can draw. */
    public static final int MAX_CLASSES = DatasetSpec.Synthetic.MAX_CLASSES;

    /** Class names, in index order. */
    public static final List<String> CLASS_NAMES = List.of("stripes", "rings", "blob", "checkers", "diagonals",
            "spokes", "twin-blobs", "fine-checkers", "slants", "cross");

    /** Foreground colour cue of each class (RGB in [0, 1]). */
    private static final double[][] COLOURS = {
        {0.95, 0.25, 0.20}, {0.25, 0.85, 0.30}, {0.25, 0.45, 0.95}, {0.95, 0.85, 0.25}, {0.85, 0.30, 0.85},
        {0.25, 0.85, 0.90}, {0.95, 0.60, 0.20}, {0.60, 0.40, 0.90}, {0.30, 0.65, 0.55}, {0.75, 0.70, 0.60},
    };

    /** Width of the uniform jitter added to each channel of the class colour. */
    static final double COLOUR_JITTER = 0.8;

    /** Lower and upper bound of the blend weight of an ambiguous image. */
    public static final double MIN_BLEND = 0.55;
    /** Upper bound of the blend weight. */
    public static final double MAX_BLEND = 0.9;

    private SyntheticImages() {
    }

    /** The class set for {@code classes} classes. */
    public static ClassSet classSet(int classes) {
        checkClasses(classes);
        return ClassSet.of(CLASS_NAMES.subList(0, classes));
    }

    /** Generates the data set described by a job's synthetic data set spec. */
    public static SyntheticDataset generate(DatasetSpec.Synthetic spec) {
        return generate(spec.classes(), spec.perClass(), spec.imageSize(), spec.ambiguity(), spec.noise(), spec.seed());
    }

    /**
     * Generates {@code classes * perClass} images, grouped by class.
     *
     * @param classes number of classes, 2-10
     * @param perClass images per class, >= 1
     * @param size image side in pixels, >= 4
     * @param ambiguity fraction of each class's images that are blends, 0-1
     * @param noise standard deviation of the Gaussian pixel noise, >= 0
     * @param seed random seed
     */
    public static SyntheticDataset generate(int classes, int perClass, int size, double ambiguity, double noise,
            long seed) {
        checkClasses(classes);
        if (perClass < 1 || size < 4 || !(ambiguity >= 0 && ambiguity <= 1) || !(noise >= 0)) {
            throw new IllegalArgumentException("invalid synthetic data set: perClass " + perClass + " (>= 1), size "
                    + size + " (>= 4), ambiguity " + ambiguity + " (0-1), noise " + noise + " (>= 0)");
        }
        int n = classes * perClass;
        float[][] images = new float[n][];
        int[] labels = new int[n];
        double[][] mixture = new double[n][classes];
        int[] second = new int[n];
        double[] weight = new double[n];
        SplittableRandom root = new SplittableRandom(seed);
        int blendsPerClass = (int) Math.round(ambiguity * perClass);
        for (int c = 0; c < classes; c++) {
            // Which images of the class are blends: a seeded choice of exactly blendsPerClass of them.
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < perClass; j++) {
                order.add(j);
            }
            Collections.shuffle(order, new java.util.Random(root.nextLong()));
            boolean[] blend = new boolean[perClass];
            for (int j = 0; j < blendsPerClass; j++) {
                blend[order.get(j)] = true;
            }
            for (int j = 0; j < perClass; j++) {
                int i = c * perClass + j;
                SplittableRandom rnd = root.split();
                labels[i] = c;
                double[] a = render(c, size, rnd);
                if (blend[j]) {
                    int other = rnd.nextInt(classes - 1);
                    other = other >= c ? other + 1 : other;
                    double w = MIN_BLEND + (MAX_BLEND - MIN_BLEND) * rnd.nextDouble();
                    double[] b = render(other, size, rnd);
                    for (int k = 0; k < a.length; k++) {
                        a[k] = w * a[k] + (1 - w) * b[k];
                    }
                    second[i] = other;
                    weight[i] = w;
                    mixture[i][c] = w;
                    mixture[i][other] = 1 - w;
                } else {
                    second[i] = -1;
                    weight[i] = 1;
                    mixture[i][c] = 1;
                }
                images[i] = addNoise(a, noise, rnd);
            }
        }
        return new SyntheticDataset(classSet(classes), size, images, labels, mixture, second, weight);
    }

    private static void checkClasses(int classes) {
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("synthetic classes must be between 2 and " + MAX_CLASSES + ", got "
                    + classes);
        }
    }

    private static float[] addNoise(double[] pixels, double noise, SplittableRandom rnd) {
        float[] out = new float[pixels.length];
        for (int k = 0; k < pixels.length; k++) {
            double v = pixels[k] + (noise > 0 ? noise * gaussian(rnd) : 0);
            out[k] = (float) Math.min(1, Math.max(0, v));
        }
        return out;
    }

    /** One noiseless instance of class {@code c}: CHW RGB values in [0, 1]. */
    static double[] render(int c, int size, SplittableRandom rnd) {
        double phase = 2 * Math.PI * rnd.nextDouble();
        double phase2 = 2 * Math.PI * rnd.nextDouble();
        double dx = 0.16 * (rnd.nextDouble() - 0.5);
        double dy = 0.16 * (rnd.nextDouble() - 0.5);
        double angleJitter = 0.3 * (rnd.nextDouble() - 0.5);
        double freqJitter = 1 + 0.2 * (rnd.nextDouble() - 0.5);
        double background = 0.05 + 0.35 * rnd.nextDouble();
        // Weak colour cue: the class colour with strong jitter, so colour alone does not give the class away.
        double[] fg = new double[3];
        for (int ch = 0; ch < 3; ch++) {
            fg[ch] = clamp(COLOURS[c][ch] + COLOUR_JITTER * (rnd.nextDouble() - 0.5));
        }
        int plane = size * size;
        double[] out = new double[3 * plane];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double u = (x + 0.5) / size - 0.5 - dx;
                double v = (y + 0.5) / size - 0.5 - dy;
                double p = clamp(pattern(c, u, v, phase, phase2, angleJitter, freqJitter));
                for (int ch = 0; ch < 3; ch++) {
                    out[ch * plane + y * size + x] = background * (1 - p) + fg[ch] * p;
                }
            }
        }
        return out;
    }

    /** Pattern intensity of class {@code c} at centred coordinates (u, v) in [-0.5, 0.5]. */
    private static double pattern(int c, double u, double v, double phase, double phase2, double angleJitter,
            double freqJitter) {
        double r = Math.hypot(u, v);
        return switch (c) {
            case 0 -> stripes(u, v, angleJitter, 4 * freqJitter, phase);
            case 1 -> 0.5 + 0.5 * Math.sin(2 * Math.PI * 5 * freqJitter * r + phase);
            case 2 -> Math.exp(-r * r / (2 * sq(0.17 * freqJitter)));
            case 3 -> checkers(u, v, 3 * freqJitter, phase, phase2);
            case 4 -> stripes(u, v, Math.PI / 3 + angleJitter, 4 * freqJitter, phase);
            case 5 -> 0.5 + 0.5 * Math.sin(6 * Math.atan2(v, u) + phase);
            case 6 -> Math.max(Math.exp(-(sq(u - 0.2) + v * v) / (2 * sq(0.1 * freqJitter))),
                    Math.exp(-(sq(u + 0.2) + v * v) / (2 * sq(0.1 * freqJitter))));
            case 7 -> checkers(u, v, 6 * freqJitter, phase, phase2);
            case 8 -> stripes(u, v, 2 * Math.PI / 3 + angleJitter, 4 * freqJitter, phase);
            case 9 -> Math.max(Math.exp(-u * u / (2 * sq(0.06 * freqJitter))),
                    Math.exp(-v * v / (2 * sq(0.06 * freqJitter))));
            default -> throw new IllegalArgumentException("class " + c + " out of range");
        };
    }

    private static double stripes(double u, double v, double angle, double freq, double phase) {
        return 0.5 + 0.5 * Math.sin(2 * Math.PI * freq * (u * Math.cos(angle) + v * Math.sin(angle)) + phase);
    }

    private static double checkers(double u, double v, double freq, double phase, double phase2) {
        return Math.sin(2 * Math.PI * freq * u + phase) * Math.sin(2 * Math.PI * freq * v + phase2) > 0 ? 1 : 0;
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double clamp(double x) {
        return Math.min(1, Math.max(0, x));
    }

    /** A standard normal draw. */
    static double gaussian(SplittableRandom rnd) {
        return rnd.nextGaussian();
    }
}
