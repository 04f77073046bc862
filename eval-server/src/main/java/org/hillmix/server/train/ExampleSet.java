package org.hillmix.server.train;

/**
 * CONTRACT STUB (EVAL-SPEC.md), owned by helper "train" (branch server-train); replaced on merge.
 * In-memory examples: images flattened CHW float in [0,1], all of one shape.
 */
public record ExampleSet(int channels, int height, int width, float[][] images, int[] labels, int numClasses) {
}
