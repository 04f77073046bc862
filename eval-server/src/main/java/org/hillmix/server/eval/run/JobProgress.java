package org.hillmix.server.eval.run;

/**
 * Fine-grained progress of a running job, for the server's progress stream and the CLI's stderr.
 *
 * <p>{@code phase} is one of {@code "data"} (loading and labelling); the training engine's phases
 * {@code "train"}, {@code "cartography"}, {@code "validate"}, {@code "evaluate"} and {@code "fgsm"} (see
 * {@link org.hillmix.server.train.TrainingListener}); {@code "metrics"} (measuring a finished run);
 * {@code "report"} or {@code "done"}. {@code regime} is the regime's display name or {@code null} outside
 * training; {@code seed} is the training seed (0 outside training); epoch and step counters are 0 when they do
 * not apply. {@code epoch} counts from 1.
 */
@FunctionalInterface
public interface JobProgress {

    /** Ignores updates. */
    JobProgress NONE = (phase, regime, seed, epoch, epochs, step, steps) -> {
    };

    /** One progress update. */
    void update(String phase, String regime, int seed, int epoch, int epochs, long step, long steps);
}
