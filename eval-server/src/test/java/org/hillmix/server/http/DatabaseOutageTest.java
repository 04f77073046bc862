package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.hillmix.server.jobs.SharedDatabase;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server on a PostgreSQL that goes away and comes back (its own embedded server, stopped and started again on
 * the same folder and port): {@code /health} says 503 with the reason while it is gone and 200 once it is back.
 */
class DatabaseOutageTest {

    @TempDir
    Path dir;

    @Test
    void healthIs503WhileTheDatabaseIsGone() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path pgData = dir.resolve("pg");
        EmbeddedPostgres pg = start(pgData, port);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE outage");
        }
        SharedDatabase shared = new SharedDatabase("jdbc:postgresql://127.0.0.1:" + port + "/outage", "postgres", null);
        try (TestServer s = TestServer.start(dir.resolve("data"), new SteppingTestRunner(2, 1),
                b -> b.database(shared).databaseProbeInterval(Duration.ofMillis(100)))) {
            assertEquals(200, s.get("/health").statusCode());
            pg.close();
            JsonNode down = awaitHealth(s, 503);
            assertEquals("unavailable", down.path("status").asText());
            assertTrue(down.path("detail").asText().startsWith("the database jdbc:postgresql://127.0.0.1:" + port
                    + "/outage does not answer"), down.toString());
            pg = start(pgData, port);
            assertEquals("ok", awaitHealth(s, 200).path("status").asText());
            String id = TestServer.json(s.submit("after-outage")).path("id").asText();
            s.awaitState(id, "succeeded");
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static JsonNode awaitHealth(TestServer s, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var r = s.get("/health");
            if (r.statusCode() == status) {
                return TestServer.json(r);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("/health never answered " + status);
    }
}
