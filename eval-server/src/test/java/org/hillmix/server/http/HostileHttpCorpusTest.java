package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hillmix.server.corpus.HostileCorpus;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every HTTP case of the hostile corpus ({@code hostile/http/cases.tsv}: file, method, path, content-type,
 * status, where, expect) sent to one real server on loopback: the status must be the table's (never 500), the
 * answer an RFC 9457 problem whose {@code detail} and extension members ({@code field}, {@code parameter},
 * {@code files}, {@code errors}) name where and what. The problem's {@code title} and {@code type} are left out
 * of the check: they are the same for every occurrence and would make it always true.
 */
class HostileHttpCorpusTest {

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> httpCases() throws IOException {
        Path root = HostileCorpus.folder("http");
        return HostileCorpus.rows("http", 7).stream().map(row -> DynamicTest.dynamicTest(row.cell(0), () -> {
            String context = "cases.tsv line " + row.line() + " (" + row.cell(0) + ")";
            byte[] body = Files.readAllBytes(root.resolve(row.cell(0)));
            HttpRequest request = server.request(row.cell(2)).header("Content-Type", row.cell(3))
                    .method(row.cell(1), HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> r = server.send(request);
            assertNotEquals(500, r.statusCode(), () -> context + ": " + r.body());
            assertEquals(Integer.parseInt(row.cell(4)), r.statusCode(), () -> context + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE),
                    () -> context + ": not a problem document: " + r.headers().map());
            HostileCorpus.assertNames(specificText(TestServer.json(r)), row.cell(5), row.fragments(6), context);
        }));
    }

    /** The members of a problem that describe this occurrence: detail and extensions, not type or title. */
    static String specificText(JsonNode problem) {
        StringBuilder sb = new StringBuilder(problem.path("detail").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = problem.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Set.of("type", "title", "status", "detail", "instance").contains(e.getKey())) {
                sb.append(" | ").append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return sb.toString();
    }
}
