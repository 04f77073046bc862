package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.jobs.LegacyDataDirectory;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written by the release before Flyway (committed SQL fixture) opened by this server: it is
 * migrated in place, its jobs are listed, its report served as stored, its token accepted, its queued job runs.
 */
class LegacyDataDirectoryUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void theServerUpgradesAnOldDataDirectoryInPlace() throws Exception {
        LegacyDataDirectory.create(dir);
        SteppingTestRunner runner = new SteppingTestRunner(2, 1);
        try (TestServer s = TestServer.start(dir, runner, b -> b.requireToken(true))) {
            assertEquals(401, s.get("/api/v1/jobs").statusCode(), "tokens are required");
            s.token = LegacyDataDirectory.TOKEN;
            JsonNode page = TestServer.json(s.get("/api/v1/jobs"));
            assertEquals(3, page.path("total").asInt(), page.toString());
            List<String> names = new ArrayList<>();
            page.path("items").forEach(j -> names.add(j.path("name").asText()));
            assertEquals(List.of("old-queued", "old-failed", "old-succeeded"), names, "newest first, as before");

            HttpResponse<String> report = s.get("/api/v1/jobs/" + LegacyDataDirectory.SUCCEEDED + "/report");
            assertEquals(200, report.statusCode());
            assertEquals(LegacyDataDirectory.REPORT_JSON, report.body());
            HttpResponse<String> html = s.get("/api/v1/jobs/" + LegacyDataDirectory.SUCCEEDED + "/report.html");
            assertEquals(200, html.statusCode());
            assertEquals(true, html.body().contains("accuracy 0.5625"));
            assertEquals("dataset.path: no such file ../shared/data/missing", TestServer.json(
                    s.get("/api/v1/jobs/" + LegacyDataDirectory.FAILED)).path("message").asText());

            s.awaitState(LegacyDataDirectory.QUEUED, "succeeded");
            assertEquals(1, runner.finished(), "the old queued job ran on the upgraded database");
        }
    }
}
