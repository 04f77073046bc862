package org.hillmix.server.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordered schema migrations. Each script in {@link #SCRIPTS} runs once, in order, in its own transaction, and is
 * recorded in table {@code schema_version}; a database already at a version newer than this build knows is
 * refused rather than guessed at.
 *
 * <p>To change the schema, add a script {@code Vnnn__what.sql} to the resource folder
 * {@code org/hillmix/server/jobs/migrations/} and append its name here; never edit a released script.
 */
public final class Migrations {

    /** The migration scripts, in the order they are applied; the schema version is the position (1-based). */
    public static final List<String> SCRIPTS = List.of(
            "V001__jobs.sql",
            "V002__api_tokens.sql");

    private Migrations() {
    }

    /** The schema version this build writes. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Brings the database to {@link #latestVersion()}.
     *
     * @return how many scripts were applied
     * @throws SQLException when a script fails (its transaction is rolled back) or the database is newer than
     *         this build
     */
    public static int apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                    + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP(3) WITH TIME ZONE NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new SQLException("the database is at schema version " + current + " but this build knows only up"
                    + " to " + latestVersion() + "; run a newer HILLmix or use another --data-dir");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latestVersion(); v++) {
                String script = SCRIPTS.get(v - 1);
                try (Statement s = connection.createStatement()) {
                    for (String sql : statements(read(script))) {
                        s.execute(sql);
                    }
                    try (PreparedStatement p = connection.prepareStatement(
                            "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                        p.setInt(1, v);
                        p.setString(2, script);
                        p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                        p.executeUpdate();
                    }
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return latestVersion() - current;
    }

    /** The highest applied version, 0 for an empty database. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Splits a script into statements at semicolons that end a line; drops {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String script) throws SQLException {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new SQLException("migration script " + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration script " + script + ": " + e.getMessage(), e);
        }
    }
}
