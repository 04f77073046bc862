package org.hillmix.server.train;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Weights a run starts from instead of a fresh He initialisation: fine-tuning (docs/training.md).
 *
 * @param file the weights file
 * @param format how the file is written
 * @param lastLayerOnly train only the parameters of the last layer (the parameters that share the last
 *        parameter's name up to its final {@code _} or {@code .}); all others keep the file's values.
 *        Batch-norm running statistics still follow the training batches.
 * @param field how refusals name the setting, e.g. {@code training.start.path} (default {@code model.file})
 */
public record StartWeights(Path file, Format format, boolean lastLayerOnly, String field) {

    /** Start weights whose refusals name {@code model.file}. */
    public StartWeights(Path file, Format format, boolean lastLayerOnly) {
        this(file, format, lastLayerOnly, "model.file");
    }

    /** File formats of starting weights. */
    public enum Format {
        /**
         * A DJL parameter file ({@code Model.save}: "DJL@" header, then the block's parameters) of the job's own
         * HILLmix model with the job's number of classes, as written by {@link TrainingSpec#saveTo()}.
         */
        DJL,
        /**
         * A TorchScript module ({@code torch.jit.save}) that maps a float batch (N, C, H, W) in [0, 1] to raw
         * logits (N, K); it replaces the named model.
         */
        TORCHSCRIPT;

        /** The name used in job files, e.g. {@code djl}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks that a file and a format are given. */
    public StartWeights {
        if (file == null || format == null) {
            throw new IllegalArgumentException("start weights: file and format must be given");
        }
        field = field == null ? "model.file" : field;
    }
}
