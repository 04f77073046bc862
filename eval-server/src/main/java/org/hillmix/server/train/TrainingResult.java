package org.hillmix.server.train;

/**
 * Everything the evaluation side needs from one training run. Arrays are indexed like the
 * {@link ExampleSet}s given to {@link TrainingOperation#run}; K is the number of classes.
 *
 * @param testLogits [test item][K] raw logits of the trained model (inference mode: batch-norm
 *        running statistics), double copies of the float outputs
 * @param validationLogits [validation item][K] raw logits; {@code [0][]} when no validation set
 * @param fgsmProbs4 [test item][K] softmax probabilities on FGSM test images with eps 4/255, or
 *        null when FGSM was disabled
 * @param fgsmProbs8 the same for eps 8/255, or null when FGSM was disabled
 * @param epochTargetConfidence [epoch][train item] softmax probability of the hard label on the
 *        un-augmented train image at the end of the epoch (dataset cartography)
 * @param epochCorrect [epoch][train item] whether the arg-max class (lowest index on ties) equals
 *        the hard label at the end of the epoch
 * @param epochTrainLoss [epoch] mean soft-target cross-entropy over the examples trained in the
 *        epoch (augmented and mixed as trained; weighted by batch size)
 * @param trainSamples examples passed through training steps (epochs times train size)
 * @param trainSeconds wall-clock seconds spent in training steps (batch assembly, forward,
 *        backward, update), excluding cartography, evaluation and FGSM passes
 * @param epochValidationNll [epoch] validation NLL before training (index 0) and after each epoch run (index
 *        e), measured with early stopping; null without it
 * @param bestEpoch the epoch whose weights the model ends with: the epoch of the lowest validation NLL with
 *        early stopping (0 = the starting weights), else the last epoch run
 * @param epochsRun epochs trained; fewer than the spec's epochs when early stopping stopped the run (the
 *        per-epoch arrays have this many rows)
 */
public record TrainingResult(
        double[][] testLogits, double[][] validationLogits,
        double[][] fgsmProbs4, double[][] fgsmProbs8,
        double[][] epochTargetConfidence,
        boolean[][] epochCorrect,
        double[] epochTrainLoss, long trainSamples, double trainSeconds,
        double[] epochValidationNll, int bestEpoch, int epochsRun) {

    /** A result of a run without early stopping: every epoch of {@code epochTrainLoss} ran, the last is kept. */
    public TrainingResult(double[][] testLogits, double[][] validationLogits, double[][] fgsmProbs4,
            double[][] fgsmProbs8, double[][] epochTargetConfidence, boolean[][] epochCorrect,
            double[] epochTrainLoss, long trainSamples, double trainSeconds) {
        this(testLogits, validationLogits, fgsmProbs4, fgsmProbs8, epochTargetConfidence, epochCorrect,
                epochTrainLoss, trainSamples, trainSeconds, null, epochTrainLoss == null ? 0 : epochTrainLoss.length,
                epochTrainLoss == null ? 0 : epochTrainLoss.length);
    }

    /** Training throughput, {@code trainSamples / trainSeconds}. */
    public double trainSamplesPerSecond() {
        return trainSeconds > 0 ? trainSamples / trainSeconds : 0;
    }
}
