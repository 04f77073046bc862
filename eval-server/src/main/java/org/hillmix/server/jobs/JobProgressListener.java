package org.hillmix.server.jobs;

/**
 * Receives fine-grained progress from a running job; the same shape as the evaluation package's
 * {@code JobProgress}, so an adapter passes {@code listener::update}.
 */
@FunctionalInterface
public interface JobProgressListener {

    /**
     * Reports where the job is.
     *
     * @param phase what it is doing, e.g. "training"
     * @param regime the regime being trained
     * @param seed the seed of the current run
     * @param epoch the current epoch, 1-based
     * @param epochs epochs per run
     * @param step the step within the current epoch, 0..steps
     * @param steps steps per epoch
     */
    void update(String phase, String regime, int seed, int epoch, int epochs, long step, long steps);
}
