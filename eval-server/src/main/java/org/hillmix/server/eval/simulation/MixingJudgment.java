package org.hillmix.server.eval.simulation;

/**
 * One mixing-factor judgment reduced to what a perception map needs: the mixed image
 * {@code trueLambda * img1 + (1 - trueLambda) * img2} of classes {@code class1, class2} was perceived as
 * {@code perceivedLambda} of class 1.
 *
 * @param class1 class of image 1
 * @param class2 class of image 2
 * @param trueLambda true mixing factor of image 1, 0-1
 * @param perceivedLambda perceived mixing factor of image 1, 0-1
 * @param confidence stated confidence 0-1 (1 when unknown)
 */
public record MixingJudgment(int class1, int class2, double trueLambda, double perceivedLambda, double confidence) {

    /** Checks the ranges. */
    public MixingJudgment {
        if (!(trueLambda >= 0 && trueLambda <= 1) || !(perceivedLambda >= 0 && perceivedLambda <= 1)
                || !(confidence >= 0 && confidence <= 1) || class1 < 0 || class2 < 0) {
            throw new IllegalArgumentException("invalid mixing judgment: classes " + class1 + ", " + class2
                    + ", true lambda " + trueLambda + ", perceived " + perceivedLambda + ", confidence " + confidence
                    + " (lambdas and confidence must lie in [0, 1])");
        }
    }

    /** The same judgment with the images swapped: classes exchanged and both lambdas replaced by 1 - lambda. */
    public MixingJudgment swapped() {
        return new MixingJudgment(class2, class1, 1 - trueLambda, 1 - perceivedLambda, confidence);
    }
}
