package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens on a server that is treated as reachable from other machines. */
class AuthTest {

    @TempDir
    Path dir;

    private String createToken(String name) throws Exception {
        try (Database db = Database.open(dir, false)) {
            return new TokenStore(db.dataSource(), Clock.systemUTC()).create(name).token();
        }
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutTokens() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b.treatAsRemote(true)));
        assertTrue(e.getMessage().contains("refusing to listen"), e.getMessage());
        assertTrue(e.getMessage().contains("hillmix token create"), e.getMessage());
        // The real thing: the wildcard address is checked before anything is bound.
        IllegalArgumentException wildcard = assertThrows(IllegalArgumentException.class,
                () -> TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b.host("0.0.0.0")));
        assertTrue(wildcard.getMessage().contains("0.0.0.0"), wildcard.getMessage());
    }

    @Test
    void requestsNeedAValidBearerToken() throws Exception {
        String token = createToken("ci");
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(1, 1),
                b -> b.treatAsRemote(true).insecureHttp(true))) {
            assertTrue(s.server.tokensRequired());
            HttpResponse<String> none = s.get("/api/v1/jobs");
            assertEquals(401, none.statusCode());
            assertEquals("application/problem+json", none.headers().firstValue("Content-Type").orElse(""));
            assertEquals("urn:hillmix:problem:unauthorized", TestServer.json(none).path("type").asText());
            assertEquals("Bearer realm=\"hillmix\"", none.headers().firstValue("WWW-Authenticate").orElse(""));

            s.token = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
            HttpResponse<String> wrong = s.get("/api/v1/jobs");
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));

            s.token = null;
            HttpResponse<String> basic = s.send(s.request("/api/v1/jobs").header("Authorization", "Basic Zm9vOmJhcg==")
                    .GET().build());
            assertEquals(401, basic.statusCode());

            assertEquals(200, s.get("/health").statusCode(), "health needs no token");
            assertEquals(401, s.get("/metrics").statusCode());
            assertEquals(401, s.get("/api/v1/nothing").statusCode(), "unknown paths do not leak a 404");

            s.token = token;
            assertEquals(200, s.get("/api/v1/jobs").statusCode());
            assertEquals(202, s.submit("authorised").statusCode());
            assertEquals(200, s.get("/metrics").statusCode());
            String metrics = s.get("/metrics").body();
            assertTrue(metrics.contains("hillmix_http_requests_total{route=\"GET /api/v1/jobs\",status=\"401\"} 3.0"),
                    metrics);
        }
    }

    @Test
    void anotherLoopbackAddressWithRequiredTokens() throws Exception {
        String token = createToken("local");
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(1, 1),
                b -> b.host("127.0.0.2").requireToken(true))) {
            assertEquals("127.0.0.2", s.server.baseUri().getHost());
            assertEquals(401, s.get("/api/v1/jobs").statusCode());
            s.token = token;
            assertEquals(200, s.get("/api/v1/jobs").statusCode());
        }
    }

    @Test
    void loopbackWithoutTokensNeedsNone() throws Exception {
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(1, 1), b -> b)) {
            assertEquals(false, s.server.tokensRequired());
            assertEquals(200, s.get("/api/v1/jobs").statusCode());
        }
    }
}
