package org.hillmix.core.labels;

import org.hillmix.core.protocol.MixingFactorAnswer;

/**
 * Mixup labels. A mixed image is {@code lambda * img1 + (1 - lambda) * img2}; its label is
 * {@code lambda * onehot(c1) + (1 - lambda) * onehot(c2)} (when {@code c1 = c2} all mass is on
 * that class).
 *
 * <p>From an H-Mix "infer mixing factor" answer the perceived lambda for image 1 is
 * {@code 1 - slider/100} (slider 0 = "100% class 1"). Confidence-weighted labels blend the
 * perceived lambda with the true one by the annotator's confidence {@code c = confidence/100}:
 * {@code lambda_w = c * perceived + (1 - c) * true}, so a fully confident annotator's perception is
 * used as is and an annotator with confidence 0 contributes the ordinary mixup label.
 */
public final class MixupLabels {

    private MixupLabels() {
    }

    /**
     * {@code lambda * onehot(c1) + (1 - lambda) * onehot(c2)} over {@code classes} classes.
     *
     * @throws IllegalArgumentException when a class is out of range or {@code lambda} outside [0, 1]
     */
    public static double[] mix(int c1, int c2, double lambda, int classes) {
        checkClass(c1, classes, "class 1");
        checkClass(c2, classes, "class 2");
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("mixing factor lambda must be in [0, 1], got " + lambda);
        }
        double[] p = new double[classes];
        p[c1] += lambda;
        p[c2] += 1 - lambda;
        return p;
    }

    /**
     * The label an annotator perceived: {@link #mix} with {@code lambda = 1 - slider/100}.
     *
     * @throws IllegalArgumentException when the slider is outside 0-100 or a class is out of range
     */
    public static double[] perceived(MixingFactorAnswer answer, int c1, int c2, int classes) {
        return mix(c1, c2, perceivedLambda(answer), classes);
    }

    /**
     * The perceived lambda for image 1, {@code 1 - slider/100}.
     *
     * @throws IllegalArgumentException when the slider is outside 0-100
     */
    public static double perceivedLambda(MixingFactorAnswer answer) {
        checkPercent(answer.slider(), "slider");
        return answer.perceivedLambda1();
    }

    /**
     * {@code c * perceived + (1 - c) * trueLambda} with {@code c = confidence/100}.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public static double confidenceWeightedLambda(MixingFactorAnswer answer, double trueLambda) {
        checkPercent(answer.confidence(), "confidence");
        if (!(trueLambda >= 0 && trueLambda <= 1)) {
            throw new IllegalArgumentException("true lambda must be in [0, 1], got " + trueLambda);
        }
        double c = answer.confidence01();
        return c * perceivedLambda(answer) + (1 - c) * trueLambda;
    }

    /**
     * {@link #mix} with the {@linkplain #confidenceWeightedLambda confidence-weighted lambda}.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public static double[] confidenceWeighted(MixingFactorAnswer answer, double trueLambda, int c1, int c2,
            int classes) {
        return mix(c1, c2, confidenceWeightedLambda(answer, trueLambda), classes);
    }

    private static void checkClass(int c, int classes, String what) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException(what + " index " + c + " is outside 0-" + (classes - 1));
        }
    }

    private static void checkPercent(double v, String what) {
        if (!(v >= 0 && v <= 100)) {
            throw new IllegalArgumentException(what + " must be in 0-100, got " + v);
        }
    }
}
