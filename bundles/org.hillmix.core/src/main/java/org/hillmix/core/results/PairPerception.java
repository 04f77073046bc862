package org.hillmix.core.results;

import java.util.List;

import org.hillmix.core.protocol.Protocol;

/**
 * Perceived against true mixing factor for one class pair: mixing-factor judgments as points (perceived lambda
 * per true lambda), and the midpoint protocols as the lambda judged to be an even mix.
 *
 * @param pair the class pair, {@code class1 / class2} (class 1 is image 1, whose share lambda is)
 * @param points one point per true lambda, sorted by it (mixing-factor answers)
 * @param answers number of mixing-factor answers
 * @param meanBias mean of (perceived - true) lambda over the mixing-factor answers ({@code NaN} without any)
 * @param meanConfidence mean confidence, 0-1 ({@code NaN} without mixing-factor answers)
 * @param midpoints the construct-midpoint and select-shuffled answers, one entry per protocol that has any
 */
public record PairPerception(String pair, List<Point> points, int answers, double meanBias, double meanConfidence,
        List<Midpoint> midpoints) {

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

    /**
     * Where a midpoint protocol's answers put the even mix: the lambda of image 1 whose mix annotators judged
     * (construct) or chose (select shuffled) as 50/50. On the perceived-against-true chart such an answer is the
     * point (lambda, 0.5): at that true lambda the mix is perceived as even.
     *
     * @param protocol {@link Protocol#CONSTRUCT_MIDPOINT} or {@link Protocol#SELECT_SHUFFLED}
     * @param meanLambda mean chosen lambda of image 1
     * @param halfWidth half width of the 95% normal interval of the mean ({@code NaN} for a single answer)
     * @param n number of answers
     */
    public record Midpoint(Protocol protocol, double meanLambda, double halfWidth, int n) {
    }

    /** A pair with mixing-factor answers only. */
    public PairPerception(String pair, List<Point> points, int answers, double meanBias, double meanConfidence) {
        this(pair, points, answers, meanBias, meanConfidence, List.of());
    }

    /** Copies the lists. */
    public PairPerception {
        points = List.copyOf(points);
        midpoints = List.copyOf(midpoints);
    }

    /** The midpoint of {@code protocol}, if this pair has answers of it. */
    public java.util.Optional<Midpoint> midpoint(Protocol protocol) {
        return midpoints.stream().filter(m -> m.protocol() == protocol).findFirst();
    }
}
