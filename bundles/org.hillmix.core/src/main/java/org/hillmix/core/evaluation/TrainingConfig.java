package org.hillmix.core.evaluation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param earlyStopping stop on the validation NLL and restore the best epoch (default: off; {@code epochs} is then
 *        the maximum)
 * @param start weights to start from instead of a fresh initialisation (fine-tuning; default: none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingConfig(Integer epochs, Integer batchSize, String optimizer, Double learningRate,
        Double momentum, Double weightDecay, String schedule, Boolean augment, EarlyStoppingConfig earlyStopping,
        StartConfig start) {

    /**
     * Weights every run of the job starts from (docs/training.md, "Fine-tuning").
     *
     * @param kind {@code file} (the only kind so far)
     * @param path the weights file; relative paths are resolved like other job paths
     * @param format {@code djl} (a DJL parameter file of the job's {@code model}, default) or {@code torchscript}
     *        (a TorchScript module mapping (N, C, H, W) images in [0, 1] to (N, K) logits; it replaces {@code model})
     * @param lastLayerOnly train only the last layer (default false)
     */
    public record StartConfig(String kind, String path, String format, Boolean lastLayerOnly) {

        /** Accepted kinds. */
        public static final List<String> KINDS = List.of("file");
        /** Accepted formats. */
        public static final List<String> FORMATS = List.of("djl", "torchscript");

        /** Fills defaults. */
        public StartConfig {
            kind = kind == null ? "file" : kind;
            format = format == null ? "djl" : format;
            lastLayerOnly = lastLayerOnly == null ? Boolean.FALSE : lastLayerOnly;
        }

        /** Checks the fields. */
        public void validate(String where, ConfigErrors errors) {
            errors.oneOf(kind, KINDS, where + ".kind");
            errors.text(path, where + ".path");
            errors.oneOf(format, FORMATS, where + ".format");
        }
    }

    /**
     * Early stopping settings (docs/training.md, "Early stopping").
     *
     * @param patience epochs without a new lowest validation NLL before training stops, 1-1000 (default 5)
     */
    public record EarlyStoppingConfig(Integer patience) {

        /** Fills the default. */
        public EarlyStoppingConfig {
            patience = patience == null ? 5 : patience;
        }
    }

    /** Settings without early stopping or start weights. */
    public TrainingConfig(Integer epochs, Integer batchSize, String optimizer, Double learningRate, Double momentum,
            Double weightDecay, String schedule, Boolean augment) {
        this(epochs, batchSize, optimizer, learningRate, momentum, weightDecay, schedule, augment, null, null);
    }

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
        return new TrainingConfig(null, null, null, null, null, null, null, null, null, null);
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
        if (earlyStopping != null) {
            errors.range(earlyStopping.patience(), 1, 1000, path + ".earlyStopping.patience");
        }
        if (start != null) {
            start.validate(path + ".start", errors);
        }
    }
}
