package org.hillmix.core.protocol;

/**
 * An H-Mix "infer mixing factor" answer: where the annotator put the slider between the two
 * classes of a mixed image, and how confident they are.
 *
 * @param slider slider position 0-100, where 0 means "100% class 1" and 100 means "100% class 2"
 * @param confidence confidence 0-100
 */
public record MixingFactorAnswer(double slider, double confidence) implements Answer {

    /** The perceived lambda for image 1: {@code 1 - slider/100}. */
    public double perceivedLambda1() {
        return 1.0 - slider / 100.0;
    }

    /** Confidence on a 0-1 scale. */
    public double confidence01() {
        return confidence / 100.0;
    }

    @Override
    public Protocol protocol() {
        return Protocol.MIXING_FACTOR;
    }
}
