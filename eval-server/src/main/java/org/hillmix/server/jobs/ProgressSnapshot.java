package org.hillmix.server.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The latest progress of a job, as reported by the runner.
 *
 * @param phase what the runner is doing, e.g. "loading", "training", "evaluating" (null before the first report)
 * @param regime the regime being trained, or null
 * @param seed the seed of the current run, or null
 * @param epoch the current epoch (as reported by the runner), or null
 * @param epochs epochs per run, or null
 * @param step the step within the current unit of work, or null
 * @param steps steps in the current unit of work, or null
 * @param fraction overall fraction done in [0, 1] (see {@link ProgressTracker}), or null when unknown
 * @param etaSeconds estimated seconds until the job finishes (see {@link ProgressTracker}), or null when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressSnapshot(String phase, String regime, Integer seed, Integer epoch, Integer epochs, Long step,
        Long steps, Double fraction, Double etaSeconds) {

    /** No progress reported yet. */
    public static final ProgressSnapshot NONE = new ProgressSnapshot(null, null, null, null, null, null, null, null,
            null);

    /** This snapshot without the ETA (used once a job has stopped). */
    public ProgressSnapshot withoutEta() {
        return new ProgressSnapshot(phase, regime, seed, epoch, epochs, step, steps, fraction, null);
    }
}
