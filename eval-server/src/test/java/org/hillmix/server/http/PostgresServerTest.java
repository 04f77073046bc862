package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.jobs.PostgresForTests;
import org.hillmix.server.jobs.SharedDatabase;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server whose job store is PostgreSQL: jobs run, reports are served, and a restart finds them there. */
class PostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void jobsAndReportsLiveInThePostgresDatabase() throws Exception {
        SharedDatabase shared = PostgresForTests.freshDatabase();
        String id;
        String report;
        try (TestServer s = TestServer.start(dir.resolve("a"), new SteppingTestRunner(2, 1), b -> b.database(shared))) {
            id = TestServer.json(s.submit("on-postgres")).path("id").asText();
            s.awaitState(id, "succeeded");
            report = s.get("/api/v1/jobs/" + id + "/report").body();
            // until runs are shared out (docs/scale-out.md), a second server on the database is refused
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> TestServer.start(dir.resolve("c"), new SteppingTestRunner(2, 1), b -> b.database(shared)));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("is in use by another 'hillmix "
                    + "serve'"), e.getMessage());
        }
        // another data directory, same database: the job and its report come from PostgreSQL
        try (TestServer t = TestServer.start(dir.resolve("b"), new SteppingTestRunner(2, 1), b -> b.database(shared))) {
            JsonNode page = TestServer.json(t.get("/api/v1/jobs"));
            assertEquals(1, page.path("total").asInt());
            assertEquals("on-postgres", page.path("items").get(0).path("name").asText());
            assertEquals(report, t.get("/api/v1/jobs/" + id + "/report").body());
        }
    }
}
