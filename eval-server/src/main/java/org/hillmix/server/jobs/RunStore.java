package org.hillmix.server.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JDBC access to table {@code runs}: the units of work of jobs (regime x seed x fold), shared by every server on
 * one database. A server claims the oldest claimable run with {@code SELECT ... FOR UPDATE SKIP LOCKED} (two
 * servers claiming at once get different runs, neither waits for the other), holds it under a lease it renews
 * while training, and stores its result; a run whose lease ran out (its server died or lost the database) is
 * claimable again and restarts from scratch. Every change after the claim names the claim's attempt, so a server
 * whose lease was taken over can neither renew nor finish the run: no run is completed twice.
 */
public final class RunStore {

    /** A run's state. */
    public enum State {
        /** Waiting for a server. */
        QUEUED("queued"),
        /** Claimed; being trained under a lease. */
        RUNNING("running"),
        /** Trained; its result is stored. */
        SUCCEEDED("succeeded");

        private final String id;

        State(String id) {
            this.id = id;
        }

        /** The stored name. */
        public String id() {
            return id;
        }
    }

    /**
     * A claimed run.
     *
     * @param jobId the job
     * @param index the run's position in the job ({@code EvaluationRunner.runs} order)
     * @param attempt how many times it has been claimed, this claim included (1 = first)
     * @param serverId the server holding it
     */
    public record Claim(String jobId, int index, int attempt, String serverId) {
    }

    private final Database db;

    /** A store over {@code db}. */
    public RunStore(Database db) {
        this.db = db;
    }

    /** Adds the {@code count} runs of a queued job; durable when this returns. */
    public void addRuns(String jobId, int count) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                long seq;
                try (PreparedStatement p = c.prepareStatement("SELECT seq FROM jobs WHERE id = ?")) {
                    p.setString(1, jobId);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) {
                            throw new SQLException("no job " + jobId);
                        }
                        seq = r.getLong(1);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO runs (job_id, run_index, job_seq, state) VALUES (?, ?, ?, 'queued')")) {
                    for (int i = 0; i < count; i++) {
                        p.setString(1, jobId);
                        p.setInt(2, i);
                        p.setLong(3, seq);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            Database.forceToDisk(c);
        }
    }

    /**
     * Claims the oldest claimable run (of the oldest job): queued, or running under a lease that ended before
     * {@code now}.
     *
     * @return the claim, or empty when nothing is claimable
     */
    public Optional<Claim> claim(String serverId, Instant now, Duration lease) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                String jobId;
                int index;
                int attempt;
                try (PreparedStatement p = c.prepareStatement("SELECT job_id, run_index, attempts FROM runs "
                        + "WHERE state = 'queued' OR (state = 'running' AND lease_until < ?) "
                        + "ORDER BY job_seq, run_index FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                    p.setObject(1, time(now));
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) {
                            c.commit();
                            return Optional.empty();
                        }
                        jobId = r.getString(1);
                        index = r.getInt(2);
                        attempt = r.getInt(3) + 1;
                    }
                }
                try (PreparedStatement p = c.prepareStatement("UPDATE runs SET state = 'running', server_id = ?, "
                        + "attempts = ?, lease_until = ? WHERE job_id = ? AND run_index = ?")) {
                    p.setString(1, serverId);
                    p.setInt(2, attempt);
                    p.setObject(3, time(now.plus(lease)));
                    p.setString(4, jobId);
                    p.setInt(5, index);
                    p.executeUpdate();
                }
                c.commit();
                return Optional.of(new Claim(jobId, index, attempt, serverId));
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Extends a claim's lease to {@code until}.
     *
     * @return false when the claim is no longer this server's (its lease ran out and another server claimed the
     *         run): stop training it
     */
    public boolean renew(Claim claim, Instant until) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("UPDATE runs SET "
                + "lease_until = ? WHERE job_id = ? AND run_index = ? AND attempts = ? AND server_id = ? "
                + "AND state = 'running'")) {
            p.setObject(1, time(until));
            bindClaim(p, 2, claim);
            return p.executeUpdate() == 1;
        }
    }

    /**
     * Stores a claimed run's result and marks it succeeded, durably.
     *
     * @return false when the claim was lost meanwhile (the result is discarded: the new holder trains the run)
     */
    public boolean finish(Claim claim, String resultJson, Instant at) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("UPDATE runs SET "
                + "state = 'succeeded', result = ?, finished_at = ?, lease_until = NULL WHERE job_id = ? "
                + "AND run_index = ? AND attempts = ? AND server_id = ? AND state = 'running'")) {
            p.setString(1, resultJson);
            p.setObject(2, time(at));
            bindClaim(p, 3, claim);
            boolean stored = p.executeUpdate() == 1;
            if (stored) {
                Database.forceToDisk(c);
            }
            return stored;
        }
    }

    /** How many of the job's runs have no result yet. */
    public int unfinished(String jobId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM runs WHERE job_id = ? AND state <> 'succeeded'")) {
            p.setString(1, jobId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The stored results of the job's runs, in run order; empty when a run has none yet. */
    public Optional<List<String>> results(String jobId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT state, result FROM runs WHERE job_id = ? ORDER BY run_index")) {
            p.setString(1, jobId);
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (!State.SUCCEEDED.id().equals(r.getString(1))) {
                        return Optional.empty();
                    }
                    out.add(r.getString(2));
                }
            }
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        }
    }

    /** Runs waiting for a server at {@code now}: queued, or running under an expired lease. */
    public long claimable(Instant now) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM runs "
                + "WHERE state = 'queued' OR (state = 'running' AND lease_until < ?)")) {
            p.setObject(1, time(now));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void bindClaim(PreparedStatement p, int from, Claim claim) throws SQLException {
        p.setString(from, claim.jobId());
        p.setInt(from + 1, claim.index());
        p.setInt(from + 2, claim.attempt());
        p.setString(from + 3, claim.serverId());
    }

    private static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
