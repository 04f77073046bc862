package org.hillmix.core.evaluation;

import java.util.List;

/**
 * Optimisation settings shared by every regime and seed of a job; with the model and a seed they become a
 * {@code TrainingSpec}.
 *
 * @param epochs passes over the training split, 1-1000 (default 6)
 * @param batchSize mini-batch size, 1-4096 (default 64)
 * @param optimizer {@code sgd} or {@code adam} (default sgd)
 * @param learningRate initial learning rate, > 0 (default 0.05)
 * @param momentum SGD momentum, 0 <= m < 1 (default 0.9)
 * @param weightDecay L2 weight decay, >= 0 (default 5e-4)
 * @param schedule {@code constant}, {@code step} or {@code cosine} (default cosine)
 * @param augment random crop (pad 4) and horizontal flip (default true)
 */
public record TrainingConfig(Integer epochs, Integer batchSize, String optimizer, Double learningRate,
        Double momentum, Double weightDecay, String schedule, Boolean augment) {

    /** Accepted optimisers. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "adam");
    /** Accepted learning-rate schedules. */
    public static final List<String> SCHEDULES = List.of("constant", "step", "cosine");

    /** Fills defaults. */
    public TrainingConfig {
        epochs = epochs == null ? 6 : epochs;
        batchSize = batchSize == null ? 64 : batchSize;
        optimizer = optimizer == null ? "sgd" : optimizer;
        learningRate = learningRate == null ? 0.05 : learningRate;
        momentum = momentum == null ? 0.9 : momentum;
        weightDecay = weightDecay == null ? 5e-4 : weightDecay;
        schedule = schedule == null ? "cosine" : schedule;
        augment = augment == null ? Boolean.TRUE : augment;
    }

    /** The defaults. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(null, null, null, null, null, null, null, null);
    }

    /** Checks the values. */
    public void validate(String path, ConfigErrors errors) {
        errors.range(epochs, 1, 1000, path + ".epochs");
        errors.range(batchSize, 1, 4096, path + ".batchSize");
        errors.oneOf(optimizer, OPTIMIZERS, path + ".optimizer");
        errors.positive(learningRate, path + ".learningRate");
        if (!(momentum >= 0 && momentum < 1)) {
            errors.add(path + ".momentum must be >= 0 and < 1, got " + momentum);
        }
        if (!(weightDecay >= 0 && Double.isFinite(weightDecay))) {
            errors.add(path + ".weightDecay must be a finite number >= 0, got " + weightDecay);
        }
        errors.oneOf(schedule, SCHEDULES, path + ".schedule");
    }
}
