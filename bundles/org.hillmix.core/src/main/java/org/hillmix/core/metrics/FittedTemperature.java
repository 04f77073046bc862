package org.hillmix.core.metrics;

/**
 * A temperature fitted by {@link TemperatureScaling#fit}.
 *
 * @param temperature the fitted {@code T} in {@code [0.05, 20]}
 * @param nllBefore validation NLL at {@code T = 1} (exact log-softmax, no floor)
 * @param nllAfter validation NLL at the fitted {@code T}
 * @param atBound whether {@code T} stopped at a bound of the search interval (the unconstrained
 *        optimum lies beyond it, e.g. {@code T -> 0} when every validation example is right)
 */
public record FittedTemperature(double temperature, double nllBefore, double nllAfter, boolean atBound) {
}
