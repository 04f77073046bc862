package org.hillmix.server.train;

import java.nio.file.Path;
import java.util.List;

/**
 * Hyper-parameters of one training run (docs/training.md).
 *
 * @param model {@code small-cnn}, {@code small-resnet} or {@code mlp} (see {@link ModelFactory})
 * @param epochs passes over the training set, at least 1
 * @param batchSize examples per step, at least 1 (the last batch of an epoch holds the rest: fewer,
 *        or one more when a single example would be left over)
 * @param optimizer {@code sgd} (momentum SGD, DJL/MXNet form
 *        {@code v = momentum v + lr (g + wd w); w = w - v}) or {@code adam} (beta1 0.9, beta2
 *        0.999, eps 1e-8, L2 weight decay added to the gradient; {@code momentum} is ignored)
 * @param learningRate base learning rate, finite and &gt; 0
 * @param momentum SGD momentum in [0, 1)
 * @param weightDecay L2 weight decay coefficient wd &gt;= 0 (applied to all parameters)
 * @param schedule {@code constant}, {@code step} (x0.1 at 50% and at 75% of all steps) or
 *        {@code cosine} ({@code lr/2 (1 + cos(pi t / T))} for step t of T); see
 *        {@link LearningRateSchedule}
 * @param augment random crop with 4 pixels of zero padding and random horizontal flip, seeded
 * @param seed seed of initialisation, shuffling, augmentation, annotator sampling and mixup
 * @param earlyStopping stop on the validation NLL and restore the best epoch's weights, or null to train all
 *        {@code epochs} (then {@code epochs} is a maximum and the learning-rate schedule still spans it)
 * @param start weights to start from (fine-tuning), or null for a seeded He initialisation
 * @param saveTo where to write the final weights (after any restore) as a DJL parameter file, or null
 */
public record TrainingSpec(String model, int epochs, int batchSize, String optimizer, double learningRate,
        double momentum, double weightDecay, String schedule, boolean augment, long seed,
        EarlyStopping earlyStopping, StartWeights start, Path saveTo) {

    /** Accepted model names. */
    public static final List<String> MODELS = List.of(ModelFactory.SMALL_CNN, ModelFactory.SMALL_RESNET,
            ModelFactory.MLP);
    /** Accepted optimizer names. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "adam");
    /** Accepted schedule names. */
    public static final List<String> SCHEDULES = List.of("constant", "step", "cosine");

    /** Checks every field; messages name the field and the accepted values. */
    public TrainingSpec {
        if (!MODELS.contains(model)) {
            throw new IllegalArgumentException("training spec: model '" + model + "' is unknown; use one of "
                    + MODELS);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("training spec: epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("training spec: batchSize must be >= 1, got " + batchSize);
        }
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("training spec: optimizer '" + optimizer + "' is unknown; use one of "
                    + OPTIMIZERS);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("training spec: learningRate must be a finite number > 0, got "
                    + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("training spec: momentum must be in [0, 1), got " + momentum);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("training spec: weightDecay must be a finite number >= 0, got "
                    + weightDecay);
        }
        if (!SCHEDULES.contains(schedule)) {
            throw new IllegalArgumentException("training spec: schedule '" + schedule + "' is unknown; use one of "
                    + SCHEDULES);
        }
    }

    /** A spec that trains all epochs from a seeded initialisation and saves nothing. */
    public TrainingSpec(String model, int epochs, int batchSize, String optimizer, double learningRate,
            double momentum, double weightDecay, String schedule, boolean augment, long seed) {
        this(model, epochs, batchSize, optimizer, learningRate, momentum, weightDecay, schedule, augment, seed,
                null, null, null);
    }

    /** A copy with another seed (one run per seed). */
    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(model, epochs, batchSize, optimizer, learningRate, momentum, weightDecay, schedule,
                augment, newSeed, earlyStopping, start, saveTo);
    }

    /** A copy with other early-stopping settings (null: none). */
    public TrainingSpec withEarlyStopping(EarlyStopping newEarlyStopping) {
        return new TrainingSpec(model, epochs, batchSize, optimizer, learningRate, momentum, weightDecay, schedule,
                augment, seed, newEarlyStopping, start, saveTo);
    }

    /** A copy that starts from other weights (null: a seeded initialisation). */
    public TrainingSpec withStart(StartWeights newStart) {
        return new TrainingSpec(model, epochs, batchSize, optimizer, learningRate, momentum, weightDecay, schedule,
                augment, seed, earlyStopping, newStart, saveTo);
    }

    /** A copy that saves its final weights to {@code file} (null: nowhere). */
    public TrainingSpec withSaveTo(Path file) {
        return new TrainingSpec(model, epochs, batchSize, optimizer, learningRate, momentum, weightDecay, schedule,
                augment, seed, earlyStopping, start, file);
    }
}
