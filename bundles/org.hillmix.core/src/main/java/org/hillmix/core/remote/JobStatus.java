package org.hillmix.core.remote;

/**
 * A job as the server reports it.
 *
 * @param id the job id
 * @param state {@code queued}, {@code running}, {@code succeeded}, {@code failed}, {@code cancelled}
 *     or {@code interrupted}
 * @param fraction progress 0-1, or {@code NaN} when unknown
 * @param phase what the job is doing (e.g. {@code training hard, seed 0}), possibly empty
 * @param message why it failed or stopped, or empty
 */
public record JobStatus(String id, String state, double fraction, String phase, String message) {

    /** Whether the job will not change any more. */
    public boolean isFinished() {
        return switch (state) {
            case "succeeded", "failed", "cancelled", "interrupted" -> true;
            default -> false;
        };
    }

    /** Whether the job has a report. */
    public boolean succeeded() {
        return "succeeded".equals(state);
    }
}
