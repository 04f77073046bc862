package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The API end to end over HTTP: the happy paths and every documented error. */
// Event streams are read with blocking I/O that no HTTP timeout covers: a stalled stream must fail the
// test, not hang the build. (A rare stall of submitStatusEventsReportAndList was seen under load; see
// the closing note of the first session.)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServerApiTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(SteppingTestRunner runner) throws Exception {
        server = TestServer.start(dir, runner, b -> b.queueCapacity(2));
        return server;
    }

    private static void assertProblem(HttpResponse<String> r, int status, String slug) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = TestServer.json(r);
        assertEquals("urn:hillmix:problem:" + slug, p.path("type").asText(), r.body());
        assertEquals(status, p.path("status").asInt());
        assertFalse(p.path("title").asText().isEmpty());
        assertFalse(p.path("detail").asText().isEmpty());
        assertTrue(p.path("instance").asText().startsWith("/"), r.body());
    }

    @Test
    void submitStatusEventsReportAndList() throws Exception {
        SteppingTestRunner runner = new SteppingTestRunner(5, 2).hold();
        TestServer s = start(runner);
        HttpResponse<String> created = s.submit("first");
        assertEquals(202, created.statusCode(), created.body());
        JsonNode job = TestServer.json(created);
        String id = job.path("id").asText();
        assertEquals("/api/v1/jobs/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("first", job.path("name").asText());
        assertTrue(Set.of("queued", "running").contains(job.path("state").asText()));

        // Progress over server-sent events until the terminal event.
        HttpResponse<InputStream> stream = s.http.send(s.request("/api/v1/jobs/" + id + "/events").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event: ")) {
                    events.add(line.substring(7));
                } else if (line.startsWith("data: ")) {
                    JsonNode d = Json.MAPPER.readTree(line.substring(6));
                    data.add(d);
                    if ("train".equals(d.path("progress").path("phase").asText())) {
                        runner.release(); // the job was held after its first step until the stream showed it
                    }
                }
            }
        }
        assertEquals("done", events.get(events.size() - 1), "the stream ends with the terminal event: " + events);
        assertTrue(events.subList(0, events.size() - 1).stream().allMatch("progress"::equals), events.toString());
        assertEquals("succeeded", data.get(data.size() - 1).path("state").asText());
        boolean sawTraining = data.stream().anyMatch(d -> "train".equals(d.path("progress").path("phase").asText())
                && d.path("progress").has("epoch") && d.path("progress").has("regime"));
        assertTrue(sawTraining, "some progress event carries phase, regime and epoch: " + data);

        JsonNode done = TestServer.json(s.get("/api/v1/jobs/" + id));
        assertEquals("succeeded", done.path("state").asText());
        assertEquals(1.0, done.path("progress").path("fraction").asDouble(), 1e-9);
        assertNotNull(done.path("finishedAt").textValue());
        assertEquals("/api/v1/jobs/" + id + "/report", done.path("links").path("report").asText());

        HttpResponse<String> report = s.get("/api/v1/jobs/" + id + "/report");
        assertEquals(200, report.statusCode());
        assertEquals("hillmix.report/1", TestServer.json(report).path("schema").asText());
        assertEquals("first", TestServer.json(report).path("name").asText());
        HttpResponse<String> html = s.get("/api/v1/jobs/" + id + "/report.html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().startsWith("<!DOCTYPE html>"));
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));

        // Newest first, with paging.
        String second = TestServer.json(s.submit("second")).path("id").asText();
        s.awaitState(second, "succeeded");
        JsonNode page = TestServer.json(s.get("/api/v1/jobs?limit=1"));
        assertEquals(2, page.path("total").asInt());
        assertEquals(second, page.path("items").get(0).path("id").asText());
        assertEquals("/api/v1/jobs?limit=1&offset=1", page.path("next").asText());
        JsonNode page2 = TestServer.json(s.get(page.path("next").asText()));
        assertEquals(id, page2.path("items").get(0).path("id").asText());
        assertTrue(page2.path("next").isMissingNode());
        assertEquals(2, TestServer.json(s.get("/api/v1/jobs?state=succeeded")).path("items").size());
        assertEquals(0, TestServer.json(s.get("/api/v1/jobs?state=failed")).path("items").size());
    }

    @Test
    void cancelQueuedAndRunningJobs() throws Exception {
        SteppingTestRunner runner = new SteppingTestRunner(5, 5).hold();
        TestServer s = start(runner);
        String running = TestServer.json(s.submit("long")).path("id").asText();
        assertTrue(runner.awaitFirstStep(20));
        String queued = TestServer.json(s.submit("waiting")).path("id").asText();
        JsonNode q = TestServer.json(s.get("/api/v1/jobs/" + queued));
        assertEquals("queued", q.path("state").asText());
        assertEquals(1, q.path("queuePosition").asInt());

        JsonNode r = s.awaitState(running, "running");
        assertEquals("train", r.path("progress").path("phase").asText());
        assertEquals("hard", r.path("progress").path("regime").asText());
        assertEquals(1, r.path("progress").path("epoch").asInt());

        HttpResponse<String> c1 = s.post("/api/v1/jobs/" + queued + "/cancel", "");
        assertEquals(200, c1.statusCode(), c1.body());
        assertEquals("cancelled", TestServer.json(c1).path("state").asText());

        HttpResponse<String> c2 = s.send(s.request("/api/v1/jobs/" + running).DELETE().build());
        assertEquals(202, c2.statusCode(), c2.body());
        JsonNode cancelled = s.awaitState(running, "cancelled");
        assertTrue(cancelled.path("message").asText().contains("cancelled"));
        assertTrue(cancelled.path("progress").path("etaSeconds").isMissingNode());

        assertProblem(s.post("/api/v1/jobs/" + running + "/cancel", ""), 409, "conflict");
        assertProblem(s.get("/api/v1/jobs/" + running + "/report"), 409, "conflict");
        assertEquals(1, runner.started(), "the cancelled queued job never ran");
    }

    @Test
    void failedJobRecordsTheReason() throws Exception {
        TestServer s = start(new SteppingTestRunner(2, 1));
        String id = TestServer.json(s.submit("fail")).path("id").asText();
        JsonNode failed = s.awaitState(id, "failed");
        assertTrue(failed.path("message").asText().contains("simulated failure in hard"), failed.toString());
        assertProblem(s.get("/api/v1/jobs/" + id + "/report.html"), 409, "conflict");
    }

    @Test
    void errorsAreProblemDocuments() throws Exception {
        SteppingTestRunner runner = new SteppingTestRunner(5, 5).hold();
        TestServer s = start(runner);

        // 400: unknown field, named with its path.
        HttpResponse<String> unknown = s.post("/api/v1/jobs", TestServer.job("x")
                .replace("\"seed\": 1}", "\"seed\": 1, \"colour\": \"red\"}"));
        assertProblem(unknown, 400, "invalid-field");
        assertEquals("dataset.colour", TestServer.json(unknown).path("field").asText(), unknown.body());

        // 400: wrong type, named with its path.
        HttpResponse<String> wrongType = s.post("/api/v1/jobs", TestServer.job("x")
                .replace("\"epochs\": 2", "\"epochs\": \"two\""));
        assertProblem(wrongType, 400, "invalid-field");
        assertEquals("training.epochs", TestServer.json(wrongType).path("field").asText(), wrongType.body());
        assertTrue(TestServer.json(wrongType).path("detail").asText().contains("training.epochs"));

        // 400: a value out of range, named by the validation message.
        HttpResponse<String> range = s.post("/api/v1/jobs", TestServer.job("x").replace("\"smoothing\": 0.1",
                "\"smoothing\": 7"));
        assertProblem(range, 400, "invalid-field");
        assertEquals("regimes[1].smoothing", TestServer.json(range).path("field").asText(), range.body());

        // 400: malformed JSON with its position; a JSON array instead of an object.
        HttpResponse<String> malformed = s.post("/api/v1/jobs", "{\"schema\": ");
        assertProblem(malformed, 400, "invalid-json");
        assertTrue(TestServer.json(malformed).path("detail").asText().contains("line 1"));
        assertProblem(s.post("/api/v1/jobs", "[]"), 400, "invalid-json");

        // 400: bad query parameter, named.
        HttpResponse<String> badLimit = s.get("/api/v1/jobs?limit=1000");
        assertProblem(badLimit, 400, "invalid-parameter");
        assertEquals("limit", TestServer.json(badLimit).path("parameter").asText());
        assertProblem(s.get("/api/v1/jobs?state=sleeping"), 400, "invalid-parameter");

        // 413: body over the 1 MiB default.
        String big = TestServer.job("x").replace("\"name\": \"x\"", "\"name\": \"" + "y".repeat(1 << 20) + "\"");
        assertProblem(s.post("/api/v1/jobs", big), 413, "body-too-large");

        // 415: not declared as JSON.
        HttpResponse<String> text = s.send(s.request("/api/v1/jobs").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.job("x"))).build());
        assertProblem(text, 415, "unsupported-media-type");

        // 404: unknown job, unknown path.
        assertProblem(s.get("/api/v1/jobs/00000000-0000-0000-0000-000000000000"), 404, "not-found");
        assertProblem(s.get("/api/v1/jobs/no%20such"), 404, "not-found");
        assertProblem(s.get("/api/v1/nothing-here"), 404, "not-found");

        // 405: wrong method, with Allow.
        HttpResponse<String> put = s.send(s.request("/api/v1/jobs").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(put, 405, "method-not-allowed");
        assertEquals(Set.of("POST", "GET"), Set.of(put.headers().firstValue("Allow").orElse("").split(", ")));

        // 429: the queue (capacity 2) is full while the first job is held running.
        assertEquals(202, s.submit("a").statusCode());
        assertTrue(runner.awaitFirstStep(20));
        assertEquals(202, s.submit("b").statusCode());
        assertEquals(202, s.submit("c").statusCode());
        HttpResponse<String> full = s.submit("d");
        assertProblem(full, 429, "queue-full");
        assertEquals("30", full.headers().firstValue("Retry-After").orElse(""));
        runner.release();
    }

    @Test
    void eventStreamsSendHeartbeatsWhileNothingChanges() throws Exception {
        SteppingTestRunner runner = new SteppingTestRunner(5, 1).hold();
        TestServer s = start(runner); // heartbeat after 300 ms of silence (TestServer)
        String id = TestServer.json(s.submit("quiet")).path("id").asText();
        assertTrue(runner.awaitFirstStep(20));
        HttpResponse<InputStream> stream = s.http.send(s.request("/api/v1/jobs/" + id + "/events").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            int heartbeats = 0;
            while (heartbeats < 2 && (line = in.readLine()) != null) {
                lines.add(line);
                if (line.equals(": heartbeat")) {
                    heartbeats++;
                }
            }
            assertEquals(2, heartbeats, lines.toString());
            assertEquals(1, lines.stream().filter("event: progress"::equals).count(), "one event for one state");
            assertEquals(202, s.post("/api/v1/jobs/" + id + "/cancel", "").statusCode());
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        assertTrue(lines.contains("event: done"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data: ") && l.contains("\"state\":\"cancelled\"")),
                lines.toString());
    }

    @Test
    void jettyLevelErrorsAreProblemDocumentsToo() throws Exception {
        TestServer s = start(new SteppingTestRunner(1, 1));
        // An encoded ".." segment is ambiguous; Jetty rejects it before any handler runs.
        HttpResponse<String> r = s.send(s.request("/api/v1/jobs/%2e%2e/health").GET().build());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
        assertEquals(400, TestServer.json(r).path("status").asInt());
    }

    @Test
    void healthMetricsAndOpenApi() throws Exception {
        TestServer s = start(new SteppingTestRunner(2, 1));
        HttpResponse<String> health = s.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", TestServer.json(health).path("status").asText());
        assertEquals(org.hillmix.core.remote.EvaluationClient.API_VERSION,
                TestServer.json(health).path("apiVersion").asText(), "server and client speak the same API version");
        assertEquals("nosniff", health.headers().firstValue("X-Content-Type-Options").orElse(""));

        String id = TestServer.json(s.submit("m")).path("id").asText();
        s.awaitState(id, "succeeded");
        s.get("/api/v1/jobs/" + id);
        HttpResponse<String> metrics = s.get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String m = metrics.body();
        assertTrue(m.contains("hillmix_jobs{state=\"succeeded\"} 1.0\n"), m);
        assertTrue(m.contains("hillmix_jobs{state=\"queued\"} 0.0\n"), m);
        assertTrue(m.contains("hillmix_queue_length 0.0\n"), m);
        assertTrue(m.contains("# TYPE hillmix_http_request_duration_seconds histogram"), m);
        assertTrue(m.contains("hillmix_http_requests_total{route=\"POST /api/v1/jobs\",status=\"202\"} 1.0\n"), m);
        assertTrue(m.contains("hillmix_http_request_duration_seconds_count{route=\"GET /health\"} 1\n"), m);
        assertTrue(m.matches("(?s).*\nhillmix_build_info\\{[^}]*version=\"[^\"]+\"[^}]*\\} 1\n.*"), m);
        // The histogram's +Inf bucket equals its count.
        assertTrue(m.contains("hillmix_http_request_duration_seconds_bucket{route=\"GET /health\",le=\"+Inf\"} 1\n"), m);

        // The OpenAPI document describes exactly the routes the server serves.
        JsonNode api = TestServer.json(s.get("/api/v1/openapi.json"));
        assertTrue(api.path("openapi").asText().startsWith("3.1"));
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = api.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            for (Iterator<String> ms = e.getValue().fieldNames(); ms.hasNext();) {
                String method = ms.next();
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey());
                }
            }
        }
        Set<String> served = new HashSet<>();
        for (Router.Route r : s.server.router().routes()) {
            served.add(r.label());
        }
        assertEquals(served, documented);
    }
}
