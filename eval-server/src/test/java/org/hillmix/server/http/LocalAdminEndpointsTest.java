package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.auth.LocalAdminCredential;
import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration endpoints' guard (issue 8 defect 3): the local credential file exists exactly while the
 * server runs, and the credential opens {@code /api/v1/admin/} only on connections from a loopback address.
 */
class LocalAdminEndpointsTest {

    @TempDir
    Path dir;

    @Test
    void theCredentialFileLivesAsLongAsTheServer() throws Exception {
        Path data = dir.resolve("data");
        Path file = data.resolve(LocalAdminCredential.FILE);
        try (TestServer s = TestServer.start(data, new SteppingTestRunner(1, 1), b -> b)) {
            LocalAdminCredential c = LocalAdminCredential.read(data);
            assertEquals(s.server.adminCredential(), c);
            assertEquals(URI.create("http://127.0.0.1:" + s.server.port()), c.uri());
            HttpResponse<String> created = s.send(HttpRequest.newBuilder(s.uri(EvaluationServer.ADMIN_TOKENS))
                    .header("Authorization", "Bearer " + c.secret()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"ci\"}")).build());
            assertEquals(201, created.statusCode(), created.body());
            JsonNode token = TestServer.json(created);
            assertTrue(s.server.tokens().verify(token.path("token").asText()));
            assertEquals("/api/v1/admin/tokens/" + token.path("id").asText(),
                    created.headers().firstValue("Location").orElse(""));
            HttpResponse<String> extra = s.send(HttpRequest.newBuilder(s.uri(EvaluationServer.ADMIN_TOKENS))
                    .header("Authorization", "Bearer " + c.secret()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"ci\", \"admin\": true}")).build());
            assertEquals(400, extra.statusCode(), extra.body());
            assertEquals("name", TestServer.json(extra).path("field").asText());
            HttpResponse<String> gone = s.send(HttpRequest.newBuilder(s.uri(EvaluationServer.ADMIN_TOKENS + "/"
                    + "0123456789ab")).header("Authorization", "Bearer " + c.secret()).DELETE().build());
            assertEquals(404, gone.statusCode(), gone.body());
        }
        assertFalse(Files.exists(file), "deleted when the server stops");
    }

    @Test
    void theCredentialIsRefusedFromANonLoopbackAddress() throws Exception {
        // The check itself, for any address.
        assertTrue(LocalAdminCredential.fromLoopback(new InetSocketAddress("127.0.0.1", 1)));
        assertTrue(LocalAdminCredential.fromLoopback(new InetSocketAddress("127.3.4.5", 1)));
        assertTrue(LocalAdminCredential.fromLoopback(new InetSocketAddress("::1", 1)));
        assertFalse(LocalAdminCredential.fromLoopback(new InetSocketAddress("192.0.2.2", 1)));
        assertFalse(LocalAdminCredential.fromLoopback(new InetSocketAddress("::ffff:10.0.0.5", 1)));
        assertFalse(LocalAdminCredential.fromLoopback(null));
        assertEquals(URI.create("http://127.0.0.1:9"),
                LocalAdminCredential.loopbackUri(InetAddress.getByName("0.0.0.0"), 9, false));
        assertEquals(URI.create("https://[::1]:9"),
                LocalAdminCredential.loopbackUri(InetAddress.getByName("::"), 9, true));
        assertNull(LocalAdminCredential.loopbackUri(InetAddress.getByName("192.0.2.2"), 9, false));

        // Over the network: a server on all addresses, reached through this machine's own non-loopback address,
        // so that the connection's remote address is not a loopback one.
        Path data = dir.resolve("wide");
        try (Database db = Database.open(data)) {
            new TokenStore(db.dataSource(), Clock.systemUTC()).create("ci");
        }
        Optional<InetAddress> own = ownNonLoopbackAddress();
        try (TestServer s = TestServer.start(data, new SteppingTestRunner(1, 1),
                b -> b.host("0.0.0.0").insecureHttp(true))) {
            LocalAdminCredential c = LocalAdminCredential.read(data);
            assertEquals(URI.create("http://127.0.0.1:" + s.server.port()), c.uri());
            assertEquals(200, admin(s, c.uri(), c.secret()).statusCode(), "over loopback");
            if (own.isPresent()) {
                URI outside = URI.create("http://" + own.get().getHostAddress() + ":" + s.server.port());
                HttpResponse<String> refused = admin(s, outside, c.secret());
                assertEquals(403, refused.statusCode(), refused.body());
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                assertEquals("urn:hillmix:problem:forbidden", TestServer.json(refused).path("type").asText());
            }
        }
    }

    @Test
    void aServerOnOneNonLoopbackAddressWritesNoCredential() throws Exception {
        Optional<InetAddress> own = ownNonLoopbackAddress();
        if (own.isEmpty()) {
            assertNull(LocalAdminCredential.loopbackUri(InetAddress.getByName("192.0.2.2"), 9, false));
            return;
        }
        Path data = dir.resolve("one");
        try (Database db = Database.open(data)) {
            new TokenStore(db.dataSource(), Clock.systemUTC()).create("ci");
        }
        try (TestServer s = TestServer.start(data, new SteppingTestRunner(1, 1),
                b -> b.host(own.get().getHostAddress()).insecureHttp(true))) {
            assertNull(s.server.adminCredential());
            assertFalse(Files.exists(data.resolve(LocalAdminCredential.FILE)));
        }
    }

    private static HttpResponse<String> admin(TestServer s, URI base, String secret) throws Exception {
        return s.send(HttpRequest.newBuilder(base.resolve(EvaluationServer.ADMIN_TOKENS))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + secret).GET().build());
    }

    /** An IPv4 address of this machine that is not a loopback one (most machines have one; CI's has). */
    private static Optional<InetAddress> ownNonLoopbackAddress() throws Exception {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (n.isUp() && !n.isLoopback()) {
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
