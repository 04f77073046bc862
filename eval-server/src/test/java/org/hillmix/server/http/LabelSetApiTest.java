package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.datasets.ExtractionLimits;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.hillmix.server.labelsets.LabelFiles;
import org.hillmix.server.labelsets.LabelSetStore;
import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label-set upload, listing, lookup by hash and removal over HTTP. */
class LabelSetApiTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> upload(TestServer s, String query, Path file) throws Exception {
        return s.send(s.request("/api/v1/labelsets" + query).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    @Test
    void uploadOnceLookUpByHashAndDelete() throws Exception {
        Path journal = LabelFiles.journal(dir.resolve("files/session-1.jsonl"), 6, 2);
        String sha = LabelSetStore.idOf(journal);
        try (TestServer s = TestServer.start(dir.resolve("server"), new SteppingTestRunner(1, 1), b -> b)) {
            assertEquals(404, s.get("/api/v1/labelsets/" + sha).statusCode(), "not there before the upload");

            HttpResponse<String> created = upload(s, "?name=session-1.jsonl", journal);
            assertEquals(201, created.statusCode(), created.body());
            assertEquals("/api/v1/labelsets/" + sha, created.headers().firstValue("Location").orElse(""));
            JsonNode info = TestServer.json(created);
            assertEquals(sha, info.path("id").asText());
            assertEquals("journal", info.path("format").asText());
            assertEquals("session-1.jsonl", info.path("name").asText());
            assertEquals(12, info.path("records").asInt());
            assertTrue(info.path("spec").isMissingNode(), "server paths stay private");

            HttpResponse<String> again = upload(s, "?format=journal", journal);
            assertEquals(200, again.statusCode(), "the same bytes are not stored twice: " + again.body());
            assertEquals(sha, TestServer.json(again).path("id").asText());
            assertEquals(1, TestServer.json(s.get("/api/v1/labelsets")).path("items").size());
            assertEquals(200, s.get("/api/v1/labelsets/" + sha).statusCode());

            assertEquals(204, s.send(s.request("/api/v1/labelsets/" + sha).DELETE().build()).statusCode());
            assertEquals(404, s.send(s.request("/api/v1/labelsets/" + sha).DELETE().build()).statusCode());
            assertEquals(0, TestServer.json(s.get("/api/v1/labelsets")).path("items").size());
        }
    }

    @Test
    void badUploadsGetSpecificProblems() throws Exception {
        Path csv = SharedData.require("hmix/hmix_infer_mixing_factor.csv");
        Path cut = LabelFiles.truncate(LabelFiles.journal(dir.resolve("files/cut.jsonl"), 4, 1));
        ExtractionLimits small = new ExtractionLimits(64 * 1024, 1 << 20, 1000, 100);
        try (TestServer s = TestServer.start(dir.resolve("server"), new SteppingTestRunner(1, 1),
                b -> b.extraction(small))) {
            Path head = Files.write(dir.resolve("files/head.csv"), Files.readAllLines(csv).subList(0, 20));
            HttpResponse<String> wrong = upload(s, "?format=journal&name=answers.csv", head);
            assertEquals(422, wrong.statusCode(), wrong.body());
            assertEquals(Problem.MEDIA_TYPE, wrong.headers().firstValue("Content-Type").orElse(""));
            assertTrue(TestServer.json(wrong).path("detail").asText().contains("answers.csv line 1: not valid JSON"),
                    wrong.body());

            HttpResponse<String> truncated = upload(s, "?name=cut.jsonl", cut);
            assertEquals(422, truncated.statusCode(), truncated.body());
            assertTrue(TestServer.json(truncated).path("detail").asText().contains("cut.jsonl line "
                    + LabelFiles.lastLine(cut) + ": the last line is cut off"), truncated.body());

            HttpResponse<String> unknownParam = upload(s, "?format=excel", head);
            assertEquals(400, unknownParam.statusCode());
            assertEquals("format", TestServer.json(unknownParam).path("parameter").asText());

            Path text = Files.writeString(dir.resolve("files/notes.txt"), "not labels\n");
            HttpResponse<String> undetectable = upload(s, "", text);
            assertEquals(400, undetectable.statusCode(), undetectable.body());
            assertTrue(TestServer.json(undetectable).path("detail").asText().contains("?format="));

            HttpResponse<String> big = upload(s, "?name=hmix.csv", csv);
            assertEquals(413, big.statusCode(), big.body());

            assertEquals(400, upload(s, "?name=..%2Fescape", head).statusCode(), "names are plain file names");
            assertEquals(400, upload(s, "?name=..", head).statusCode(), "names are file names, not folders");
            assertEquals(0, TestServer.json(s.get("/api/v1/labelsets")).path("items").size(), "nothing stored");
            try (var left = Files.list(s.server.labelSets().root())) {
                assertEquals(0, left.count(), "no spooled files left behind");
            }
        }
    }

    @Test
    void jobsNameLabelSetsWhichStayWhileAQueuedJobNeedsThem() throws Exception {
        Path journal = LabelFiles.journal(dir.resolve("files/s.jsonl"), 8, 2);
        SteppingTestRunner runner = new SteppingTestRunner(1, 1).hold();
        try (TestServer s = TestServer.start(dir.resolve("server"), runner, b -> b.workers(1))) {
            String sha = TestServer.json(upload(s, "?name=s.jsonl", journal)).path("id").asText();
            String job = TestServer.job("uses-labels").replaceFirst("\"labels\": \\{[^}]*}",
                    "\"labels\": [{\"kind\": \"server\", \"id\": \"" + sha + "\"}]");
            HttpResponse<String> running = s.post("/api/v1/jobs", job);
            assertEquals(202, running.statusCode(), running.body());
            assertTrue(runner.awaitFirstStep(20));
            HttpResponse<String> queued = s.post("/api/v1/jobs", job);
            assertEquals(202, queued.statusCode(), queued.body());
            assertTrue(TestServer.json(queued).toString().indexOf(s.server.labelSets().root().toString()) < 0,
                    "the job shows no server path: " + queued.body());

            HttpResponse<String> refused = s.send(s.request("/api/v1/labelsets/" + sha).DELETE().build());
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(TestServer.json(refused).path("detail").asText().contains("queued or running job"));

            String unknown = job.replace(sha, "0".repeat(64));
            HttpResponse<String> missing = s.post("/api/v1/jobs", unknown);
            assertEquals(400, missing.statusCode(), missing.body());
            assertEquals("labels[0].id", TestServer.json(missing).path("field").asText(), missing.body());

            runner.release();
            s.awaitState(TestServer.json(queued).path("id").asText(), "succeeded");
            assertEquals(204, s.send(s.request("/api/v1/labelsets/" + sha).DELETE().build()).statusCode(),
                    "no job needs it any more");
        }
    }
}
