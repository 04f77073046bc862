package org.hillmix.server.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a job is in its life: {@code queued -> running -> succeeded | failed | cancelled}; a queued job can be
 * {@code cancelled} directly, and a job that was running when the server process ended becomes {@code interrupted}
 * (or {@code queued} again when the server re-queues interrupted jobs).
 */
public enum JobState {
    /** Accepted and waiting for a worker. */
    QUEUED,
    /** A worker is running it. */
    RUNNING,
    /** Finished with a report. */
    SUCCEEDED,
    /** Stopped by an error; the message says which. */
    FAILED,
    /** Cancelled on request. */
    CANCELLED,
    /** The server stopped while it was running; the message says why. */
    INTERRUPTED;

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }

    /** The lower-case name used in JSON, SQL and URLs. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a lower-case state name.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static JobState parse(String id) {
        for (JobState s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown job state '" + id + "'; expected one of queued, running, "
                + "succeeded, failed, cancelled, interrupted");
    }
}
