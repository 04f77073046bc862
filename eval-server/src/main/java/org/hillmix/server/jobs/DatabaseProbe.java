package org.hillmix.server.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks in the background, every {@code interval}, that the database answers, so that {@code GET /health} can
 * say so at once without waiting on a connection timeout. An embedded H2 database is always reachable while the
 * server holds it; a shared PostgreSQL may go away (docs/scale-out.md).
 */
public final class DatabaseProbe implements AutoCloseable {

    private static final int VALID_TIMEOUT_SECONDS = 2;

    private final Database db;
    private final ScheduledExecutorService timer;
    private volatile String problem;

    /** Starts probing {@code db}; the first probe runs at once. */
    public DatabaseProbe(Database db, Duration interval) {
        this.db = db;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hillmix-db-probe");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::probe, 0, Math.max(10, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Null while the database answered the last probe; otherwise what went wrong, in one line. */
    public String problem() {
        return problem;
    }

    private void probe() {
        try (Connection c = db.connection()) {
            if (!c.isValid(VALID_TIMEOUT_SECONDS)) {
                throw new SQLException("the connection did not answer within " + VALID_TIMEOUT_SECONDS + " s");
            }
            problem = null;
        } catch (SQLException | RuntimeException e) {
            problem = "the database " + db.where() + " does not answer: " + Database.firstLine(e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
