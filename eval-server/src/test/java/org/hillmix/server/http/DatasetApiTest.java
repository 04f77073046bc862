package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.datasets.Archives;
import org.hillmix.server.datasets.ExtractionLimits;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data-set upload and listing over HTTP, and jobs that refer to data sets and files. */
class DatasetApiTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> upload(TestServer s, String query, byte[] body) throws Exception {
        return s.send(s.request("/api/v1/datasets" + query).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void uploadListAndUseADataSet() throws Exception {
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b)) {
            HttpResponse<String> created = upload(s, "?name=Pets", Archives.zip(Archives.imageFolder("pets/", 2)));
            assertEquals(201, created.statusCode(), created.body());
            assertEquals("/api/v1/datasets/pets", created.headers().firstValue("Location").orElse(""));
            JsonNode info = TestServer.json(created);
            assertEquals("image-folder", info.path("kind").asText());
            assertEquals(4, info.path("files").asInt());
            assertTrue(info.path("usable").asBoolean());
            assertTrue(info.path("spec").isMissingNode(), "server paths stay private");

            JsonNode list = TestServer.json(s.get("/api/v1/datasets"));
            assertEquals("pets", list.path("items").get(0).path("id").asText());
            assertEquals("Pets", TestServer.json(s.get("/api/v1/datasets/pets")).path("name").asText());
            assertEquals(404, s.get("/api/v1/datasets/cats").statusCode());
            assertEquals(409, upload(s, "?name=pets", Archives.zip(Archives.imageFolder("", 1))).statusCode());

            // A job on the uploaded data set is accepted; an unknown id is refused naming the field.
            String onServer = TestServer.job("uses-pets").replaceFirst("\"dataset\": \\{[^}]*}",
                    "\"dataset\": {\"kind\": \"server\", \"id\": \"pets\"}").replaceFirst("\"labels\": \\{[^}]*},", "");
            HttpResponse<String> ok = s.post("/api/v1/jobs", onServer);
            assertEquals(202, ok.statusCode(), ok.body());
            HttpResponse<String> unknown = s.post("/api/v1/jobs", onServer.replace("\"pets\"", "\"cats\""));
            assertEquals(400, unknown.statusCode());
            assertEquals("dataset.id", TestServer.json(unknown).path("field").asText(), unknown.body());

            // Files outside the allowed folders are refused, naming the field.
            String outside = TestServer.job("etc").replaceFirst("\"dataset\": \\{[^}]*}",
                    "\"dataset\": {\"kind\": \"image-folder\", \"path\": \"/etc\"}").replaceFirst("\"labels\": \\{[^}]*},", "");
            HttpResponse<String> refused = s.post("/api/v1/jobs", outside);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("dataset.path", TestServer.json(refused).path("field").asText(), refused.body());
            assertTrue(TestServer.json(refused).path("detail").asText().contains("--allow-path"));
        }
    }

    /** Issue 8 defect 2: CLASS/IMAGE at the archive's root answered 500; two wrapping folders were accepted. */
    @Test
    void rootLayoutIsStoredAndDoubleWrappingRefused() throws Exception {
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b)) {
            HttpResponse<String> created = upload(s, "?name=flat", Archives.zip(Archives.imageFolder("", 2)));
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(4, TestServer.json(created).path("files").asInt());
            HttpResponse<String> deep = upload(s, "?name=deep", Archives.zip(Archives.imageFolder("a/b/", 2)));
            assertEquals(400, deep.statusCode(), deep.body());
            JsonNode problem = TestServer.json(deep);
            assertEquals("urn:hillmix:problem:invalid-archive", problem.path("type").asText(), deep.body());
            assertEquals("a/b/", problem.path("files").path(0).asText(), deep.body());
            assertEquals(404, s.get("/api/v1/datasets/deep").statusCode());
        }
    }

    @Test
    void uploadErrors() throws Exception {
        ExtractionLimits small = new ExtractionLimits(4096, 1 << 20, 1000, 100);
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b.extraction(small))) {
            byte[] ok = Archives.zip(Archives.imageFolder("", 1));
            HttpResponse<String> noName = upload(s, "", ok);
            assertEquals(400, noName.statusCode());
            assertEquals("name", TestServer.json(noName).path("parameter").asText());

            Map<String, byte[]> escape = new LinkedHashMap<>(Archives.imageFolder("", 1));
            escape.put("../../evil.png", Archives.png(4, 0));
            HttpResponse<String> unsafe = upload(s, "?name=evil", Archives.zip(escape));
            assertEquals(400, unsafe.statusCode(), unsafe.body());
            assertEquals("urn:hillmix:problem:unsafe-archive", TestServer.json(unsafe).path("type").asText());

            Map<String, byte[]> corrupt = new LinkedHashMap<>(Archives.imageFolder("", 1));
            corrupt.put("dog/broken.jpg", new byte[] {1, 2, 3});
            HttpResponse<String> bad = upload(s, "?name=corrupt", Archives.zip(corrupt));
            assertEquals(422, bad.statusCode(), bad.body());
            assertTrue(TestServer.json(bad).path("files").get(0).asText().startsWith("dog/broken.jpg"), bad.body());

            HttpResponse<String> big = upload(s, "?name=big", new byte[5000]);
            assertEquals(413, big.statusCode(), big.body());
            assertEquals("urn:hillmix:problem:body-too-large", TestServer.json(big).path("type").asText());

            assertEquals(0, TestServer.json(s.get("/api/v1/datasets")).path("items").size(), "nothing was kept");
        }
    }
}
