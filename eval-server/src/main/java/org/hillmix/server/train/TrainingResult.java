package org.hillmix.server.train;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public record TrainingResult(double[][] testLogits, double[][] validationLogits, double[][] fgsmProbs4,
        double[][] fgsmProbs8, double[][] epochTargetConfidence, boolean[][] epochCorrect, double[] epochTrainLoss,
        long trainSamples, double trainSeconds) {
}
