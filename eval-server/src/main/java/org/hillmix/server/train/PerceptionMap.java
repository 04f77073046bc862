package org.hillmix.server.train;

/**
 * How humans perceive a mixup image: maps the true mixing factor of image 1 to the factor that
 * people report for it (a fitted map, e.g. isotonic regression of judged against true lambda).
 *
 * <p>Used by {@link Regime.HumanMixup}: the training target of a pair mixed with true factor
 * {@code lambda} is {@code p * onehot(class1) + (1 - p) * onehot(class2)} with
 * {@code p = perceivedLambda(lambda, class1, class2)}.
 */
@FunctionalInterface
public interface PerceptionMap {

    /**
     * The human-perceived share of image 1.
     *
     * @param trueLambda share of image 1 in the pixel mixture, in [0, 1]
     * @param class1 hard class of image 1
     * @param class2 hard class of image 2
     * @return perceived share of image 1; must lie in [0, 1] (training stops with an
     *         IllegalArgumentException otherwise)
     */
    double perceivedLambda(double trueLambda, int class1, int class2);

    /** The identity map: people perceive the true factor (human-mixup then equals mixup). */
    PerceptionMap IDENTITY = (trueLambda, class1, class2) -> trueLambda;
}
