package org.hillmix.server.jobs;

import java.time.Instant;

/**
 * A job as the server reports it: identity, state, times, progress and the reason for a failure or interruption.
 * The configuration and the report bodies are fetched separately.
 *
 * @param id the job id (URL-safe)
 * @param name the job's name from its configuration, or null
 * @param state the current state
 * @param createdAt when it was submitted
 * @param startedAt when a worker started it, or null
 * @param finishedAt when it reached a terminal state, or null
 * @param progress the latest progress
 * @param message why it failed or was interrupted, or null
 * @param hasReport whether a report is stored
 */
public record JobRecord(String id, String name, JobState state, Instant createdAt, Instant startedAt,
        Instant finishedAt, ProgressSnapshot progress, String message, boolean hasReport) {

    /** This record with {@code p} as its progress. */
    public JobRecord withProgress(ProgressSnapshot p) {
        return new JobRecord(id, name, state, createdAt, startedAt, finishedAt, p, message, hasReport);
    }
}
