package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.eval.run.EvaluationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One real job through the server: the evaluation runner trains a tiny model with DJL. */
// Event streams are read with blocking I/O that no HTTP timeout covers: a stalled stream must fail the
// test, not hang the build. (A rare stall of submitStatusEventsReportAndList was seen under load; see
// the closing note of the first session.)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EndToEndTest {

    @TempDir
    Path dir;

    /** Two classes of 16 synthetic 16x16 images, one epoch of the MLP, one regime, one seed. */
    static final String TINY_JOB = """
            {"schema": "hillmix.job/1", "name": "tiny end-to-end",
             "dataset": {"kind": "synthetic", "classes": 2, "perClass": 16, "imageSize": 16, "ambiguity": 0.25, "seed": 5},
             "labels": {"kind": "simulated", "annotators": 3, "seed": 9},
             "split": {"train": 0.5, "validation": 0.25, "test": 0.25, "seed": 0},
             "model": "mlp",
             "training": {"epochs": 1, "batchSize": 8, "optimizer": "adam", "learningRate": 0.01, "augment": false},
             "regimes": [{"name": "hard"}],
             "seeds": [0],
             "metrics": {"bins": 5, "bootstrap": 0, "fgsm": false}}
            """;

    @Test
    void aTinySyntheticJobRunsToAReport() throws Exception {
        try (TestServer s = TestServer.start(dir, new EvaluationRunner(dir), b -> b)) {
            HttpResponse<String> created = s.post("/api/v1/jobs", TINY_JOB);
            assertEquals(202, created.statusCode(), created.body());
            String id = TestServer.json(created).path("id").asText();

            HttpResponse<InputStream> stream = s.http.send(s.request("/api/v1/jobs/" + id + "/events").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            List<JsonNode> events = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        events.add(Json.MAPPER.readTree(line.substring(6)));
                    }
                }
            }
            JsonNode last = events.get(events.size() - 1);
            assertEquals("succeeded", last.path("state").asText(), last.toString());

            JsonNode report = TestServer.json(s.get("/api/v1/jobs/" + id + "/report"));
            assertEquals("hillmix.report/1", report.path("schema").asText());
            assertEquals("tiny end-to-end", report.path("name").asText());
            assertEquals("hard", report.path("regimes").get(0).path("name").asText());
            int test = report.path("data").path("testItems").asInt();
            int train = report.path("data").path("trainItems").asInt();
            assertTrue(test > 0 && train > test, report.path("data").toString());
            assertEquals(32, train + test + report.path("data").path("validationItems").asInt());
            String html = s.get("/api/v1/jobs/" + id + "/report.html").body();
            assertTrue(html.contains("tiny end-to-end"));
        }
    }
}
