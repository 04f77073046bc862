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
 */
public record TrainingResult(
        double[][] testLogits, double[][] validationLogits,
        double[][] fgsmProbs4, double[][] fgsmProbs8,
        double[][] epochTargetConfidence,
        boolean[][] epochCorrect,
        double[] epochTrainLoss, long trainSamples, double trainSeconds) {

    /** Training throughput, {@code trainSamples / trainSeconds}. */
    public double trainSamplesPerSecond() {
        return trainSeconds > 0 ? trainSamples / trainSeconds : 0;
    }
}
