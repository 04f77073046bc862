package org.hillmix.core.results;

import java.util.List;

/**
 * Perceived against true mixing factor for one class pair (mixing-factor judgments).
 *
 * @param pair the class pair, {@code class1 / class2} (class 1 is image 1, whose share lambda is)
 * @param points one point per true lambda, sorted by it
 * @param answers number of answers
 * @param meanBias mean of (perceived - true) lambda over all answers
 * @param meanConfidence mean confidence, 0-1
 */
public record PairPerception(String pair, List<Point> points, int answers, double meanBias, double meanConfidence) {

    /**
     * Answers at one true lambda.
     *
     * @param trueLambda the true lambda of image 1
     * @param meanPerceived mean perceived lambda of image 1
     * @param halfWidth half width of the 95% normal interval of the mean, {@code 1.96 s / sqrt(n)}
     *     with the sample standard deviation {@code s}; {@code NaN} for a single answer
     * @param n number of answers
     */
    public record Point(double trueLambda, double meanPerceived, double halfWidth, int n) {
    }

    /** Copies the points. */
    public PairPerception {
        points = List.copyOf(points);
    }
}
