package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway migrations of the H2 job store: fresh databases, data directories of the release before, newer ones. */
class SchemaTest {

    @TempDir
    Path dir;

    @Test
    void aFreshDatabaseGetsEveryScriptOnceInOrder() throws Exception {
        try (Database db = Database.open(dir)) {
            assertEquals(List.of("1:baseline", "2:guard against older releases"), history(db));
            assertEquals(0, Schema.migrate(db.dataSource(), SqlDialect.H2, "test"), "nothing left to apply");
        }
        try (Database again = Database.open(dir)) {
            assertEquals(List.of("1:baseline", "2:guard against older releases"), history(again));
        }
    }

    @Test
    void aDataDirectoryOfTheReleaseBeforeFlywayIsBaselinedAndKeepsItsRows() throws Exception {
        LegacyDataDirectory.create(dir);
        try (Database db = Database.open(dir)) {
            List<String> h = history(db);
            assertEquals(2, h.size(), h.toString());
            assertTrue(h.get(0).startsWith("1:schema_version 2 of the release before Flyway"), h.toString());
            assertEquals("2:guard against older releases", h.get(1));
            JobStore store = new JobStore(db);
            assertEquals(3, store.count(null));
            assertEquals(LegacyDataDirectory.REPORT_JSON, store.reportJson(LegacyDataDirectory.SUCCEEDED).orElseThrow());
            assertEquals(JobState.FAILED, store.find(LegacyDataDirectory.FAILED).orElseThrow().state());
            // the identity columns go on after the old rows: a new job sorts newest
            store.insert(new JobRecord("new", "new", JobState.QUEUED, java.time.Instant.now(), null, null,
                    ProgressSnapshot.NONE, null, false), "{}");
            assertEquals("new", store.list(null, 0, 1).get(0).id());
            try (Connection c = db.connection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                r.next();
                assertEquals(1000, r.getInt(1), "the old release would now refuse this database");
            }
        }
    }

    @Test
    void aDatabaseOfANewerReleaseIsRefusedAndLeftAlone() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" VALUES (4, '7', 'future', "
                    + "'SQL', 'V7__future.sql', 1, 'hillmix', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("has schema version 7 from a newer HILLmix release; this one knows "
                + "versions up to 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        // refused before anything was written: the history is as the newer release left it
        try (Connection c = unmigrated(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            r.next();
            assertEquals(4, r.getInt(1));
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierHandWrittenVersionIsRefused() throws Exception {
        LegacyDataDirectory.create(dir);
        try (Connection c = unmigrated(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM schema_version WHERE version = 2");
        }
        IOException e = assertThrows(IOException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("has schema_version 1 from an early release"), e.getMessage());
    }

    /** The database as it is, without migrations (H2 straight through JDBC). */
    private Connection unmigrated() throws Exception {
        String password = java.nio.file.Files.readString(dir.resolve("db/credentials")).trim();
        return java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/hillmix").toAbsolutePath(),
                "hillmix", password);
    }

    private static List<String> history(Database db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT \"version\", \"description\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                        + "ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                out.add(r.getString(1) + ":" + r.getString(2));
            }
        }
        return out;
    }
}
