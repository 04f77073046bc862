package org.hillmix.core.protocol;

/**
 * An H-Mix "construct midpoint" answer: the annotator started at {@code startValue} and stepped
 * lambda by {@code step} until the image looked 50/50, ending at {@code finalValue}.
 *
 * @param startValue lambda shown first, 0-1
 * @param finalValue lambda the annotator chose as the perceived 50/50 point, 0-1
 * @param step the step the annotator moved lambda by (0.1 in the published study)
 */
public record ConstructMidpointAnswer(double startValue, double finalValue, double step) implements Answer {

    /** Step of the published study. */
    public static final double DEFAULT_STEP = 0.1;

    @Override
    public Protocol protocol() {
        return Protocol.CONSTRUCT_MIDPOINT;
    }
}
