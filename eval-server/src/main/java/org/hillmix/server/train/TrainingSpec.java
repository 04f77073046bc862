package org.hillmix.server.train;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public record TrainingSpec(String model, int epochs, int batchSize, String optimizer, double learningRate,
        double momentum, double weightDecay, String schedule, boolean augment, long seed) {
}
