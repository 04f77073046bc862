package org.hillmix.server.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

/**
 * JDBC access to the {@code jobs} table. Every method takes a pooled connection for one short statement, so
 * readers never wait behind a long-running job. Inserting a job, changing its state and storing its report are
 * on the storage device when the method returns ({@link Database#forceToDisk}); progress is not. Nobody sees such a
 * write before it is on the device: H2 makes a commit visible at once but writes it later, so these writes hold a
 * lock from their statement to the end of the force, and every read waits for it (a few milliseconds, at state
 * changes only). Without it a client could see a job {@code succeeded} that a crash a moment later turns back
 * into {@code running}. State changes are conditional updates ({@code WHERE state IN
 * ...}): two threads racing to start and cancel the same job cannot both win.
 */
public final class JobStore {

    private static final String COLUMNS = "id, name, state, created_at, started_at, finished_at, phase, regime, "
            + "seed, epoch, epochs, step, steps, fraction, message, report_json IS NOT NULL AS has_report";

    private final Database db;
    private final ReentrantReadWriteLock visibility = new ReentrantReadWriteLock();
    private final Lock durableWrite = visibility.writeLock();
    private final Lock read = visibility.readLock();
    /** Runs between a durable write's statement and its force; a test seam (it holds a write there). */
    volatile Runnable beforeForce = () -> { };

    /** A store over {@code db}. */
    public JobStore(Database db) {
        this.db = db;
    }

    /** Inserts a new job; it is on the storage device when this returns. */
    public void insert(JobRecord job, String configJson) throws SQLException {
        durableWrite.lock();
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO jobs (id, name, state, config_json, created_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, job.id());
            p.setString(2, job.name());
            p.setString(3, job.state().id());
            p.setString(4, configJson);
            p.setObject(5, time(job.createdAt()));
            p.executeUpdate();
            beforeForce.run();
            Database.forceToDisk(c);
        } finally {
            durableWrite.unlock();
        }
    }

    /** The job with this id. */
    public Optional<JobRecord> find(String id) throws SQLException {
        read.lock();
        try {
            try (Connection c = db.connection();
                    PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(record(r)) : Optional.empty();
                }
            }
        } finally {
            read.unlock();
        }
    }

    /** The submitted configuration JSON of a job. */
    public Optional<String> config(String id) throws SQLException {
        return text("config_json", id);
    }

    /** The JSON report of a job, if it has one. */
    public Optional<String> reportJson(String id) throws SQLException {
        return text("report_json", id);
    }

    /** The standalone HTML report of a job, if it has one. */
    public Optional<String> reportHtml(String id) throws SQLException {
        return text("report_html", id);
    }

    /**
     * A page of jobs, newest first.
     *
     * @param state only jobs in this state, or null for all
     */
    public List<JobRecord> list(JobState state, int offset, int limit) throws SQLException {
        read.lock();
        try {
            String where = state == null ? "" : " WHERE state = ?";
            try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM jobs" + where + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 1;
                if (state != null) {
                    p.setString(i++, state.id());
                }
                p.setInt(i++, offset);
                p.setInt(i, limit);
                List<JobRecord> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(record(r));
                    }
                }
                return out;
            }
        } finally {
            read.unlock();
        }
    }

    /** How many jobs there are (in {@code state}, or all when null). */
    public long count(JobState state) throws SQLException {
        read.lock();
        try {
            try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM jobs" + (state == null ? "" : " WHERE state = ?"))) {
                if (state != null) {
                    p.setString(1, state.id());
                }
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        } finally {
            read.unlock();
        }
    }

    /** Job counts by state; states without jobs map to 0. */
    public Map<JobState, Long> countsByState() throws SQLException {
        read.lock();
        try {
            Map<JobState, Long> out = new EnumMap<>(JobState.class);
            for (JobState s : JobState.values()) {
                out.put(s, 0L);
            }
            try (Connection c = db.connection();
                    PreparedStatement p = c.prepareStatement("SELECT state, COUNT(*) FROM jobs GROUP BY state");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(JobState.parse(r.getString(1)), r.getLong(2));
                }
            }
            return out;
        } finally {
            read.unlock();
        }
    }

    /** Ids of the jobs in {@code state}, oldest first. */
    public List<String> ids(JobState state) throws SQLException {
        read.lock();
        try {
            try (Connection c = db.connection();
                    PreparedStatement p = c.prepareStatement("SELECT id FROM jobs WHERE state = ? ORDER BY seq")) {
                p.setString(1, state.id());
                List<String> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        } finally {
            read.unlock();
        }
    }

    /**
     * Moves a job to {@code to} if it is currently in one of {@code from}. Entering {@code running} sets the start
     * time (and clears a previous run's progress); entering a terminal state sets the finish time.
     *
     * @param message the reason to record (failure, interruption), or null to clear it
     * @return whether the job was in one of {@code from} (and so has moved; then durably)
     */
    public boolean transition(String id, Collection<JobState> from, JobState to, Instant at, String message)
            throws SQLException {
        String set = switch (to) {
            case RUNNING -> "started_at = ?, finished_at = NULL, phase = NULL, regime = NULL, seed = NULL, "
                    + "epoch = NULL, epochs = NULL, step = NULL, steps = NULL, fraction = NULL";
            case QUEUED -> "started_at = NULL, finished_at = NULL";
            default -> "finished_at = ?";
        };
        String in = from.stream().map(s -> "'" + s.id() + "'").collect(Collectors.joining(", "));
        durableWrite.lock();
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE jobs SET state = ?, message = ?, " + set
                        + " WHERE id = ? AND state IN (" + in + ")")) {
            int i = 1;
            p.setString(i++, to.id());
            p.setString(i++, truncate(message, 4000));
            if (to != JobState.QUEUED) {
                p.setObject(i++, time(at));
            }
            p.setString(i, id);
            boolean moved = p.executeUpdate() == 1;
            if (moved) {
                beforeForce.run();
                Database.forceToDisk(c);
            }
            return moved;
        } finally {
            durableWrite.unlock();
        }
    }

    /** Records the latest progress of a running job (no-op for jobs in other states). */
    public void saveProgress(String id, ProgressSnapshot s) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE jobs SET phase = ?, regime = ?, seed = ?, epoch = ?, epochs = ?, step = ?, steps = ?, "
                        + "fraction = ? WHERE id = ? AND state = 'running'")) {
            p.setString(1, truncate(s.phase(), 100));
            p.setString(2, truncate(s.regime(), 200));
            setInt(p, 3, s.seed());
            setInt(p, 4, s.epoch());
            setInt(p, 5, s.epochs());
            setLong(p, 6, s.step());
            setLong(p, 7, s.steps());
            if (s.fraction() == null) {
                p.setNull(8, Types.DOUBLE);
            } else {
                p.setDouble(8, s.fraction());
            }
            p.setString(9, id);
            p.executeUpdate();
        }
    }

    /**
     * Marks a running job succeeded and stores its report, in one statement, durably.
     *
     * @return whether the job was running
     */
    public boolean succeed(String id, Instant at, String reportJson, String reportHtml) throws SQLException {
        durableWrite.lock();
        try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE jobs SET state = 'succeeded', finished_at = ?, fraction = 1.0, message = NULL, "
                        + "report_json = ?, report_html = ? WHERE id = ? AND state = 'running'")) {
            p.setObject(1, time(at));
            p.setString(2, reportJson);
            p.setString(3, reportHtml);
            p.setString(4, id);
            boolean stored = p.executeUpdate() == 1;
            if (stored) {
                beforeForce.run();
                Database.forceToDisk(c);
            }
            return stored;
        } finally {
            durableWrite.unlock();
        }
    }

    private Optional<String> text(String column, String id) throws SQLException {
        read.lock();
        try {
            try (Connection c = db.connection();
                    PreparedStatement p = c.prepareStatement("SELECT " + column + " FROM jobs WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
            }
        } finally {
            read.unlock();
        }
    }

    private static JobRecord record(ResultSet r) throws SQLException {
        ProgressSnapshot progress = new ProgressSnapshot(r.getString("phase"), r.getString("regime"),
                intOrNull(r, "seed"), intOrNull(r, "epoch"), intOrNull(r, "epochs"), longOrNull(r, "step"),
                longOrNull(r, "steps"), doubleOrNull(r, "fraction"), null);
        return new JobRecord(r.getString("id"), r.getString("name"), JobState.parse(r.getString("state")),
                instant(r, "created_at"), instant(r, "started_at"), instant(r, "finished_at"), progress,
                r.getString("message"), r.getBoolean("has_report"));
    }

    private static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Integer intOrNull(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
