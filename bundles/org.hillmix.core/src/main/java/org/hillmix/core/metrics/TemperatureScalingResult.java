package org.hillmix.core.metrics;

/**
 * Test-set metrics before and after temperature scaling.
 *
 * @param fit the temperature fitted on the validation logits
 * @param before metrics of {@code softmax(z)} on the test set
 * @param after metrics of {@code softmax(z/T)} on the test set
 */
public record TemperatureScalingResult(FittedTemperature fit, MetricReport before, MetricReport after) {
}
