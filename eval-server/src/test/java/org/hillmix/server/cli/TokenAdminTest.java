package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hillmix.server.auth.LocalAdminCredential;
import org.hillmix.server.http.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 defect 3, last part: while a server runs (a child process holding its database), {@code hillmix token}
 * reaches it through its loopback administration endpoints with the local credential from the data directory, and
 * the server applies the change at once: a created token authenticates on the very next request and a revoked one
 * is refused on it (the server's token cache would keep a change made behind its back for up to two seconds).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TokenAdminTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void tokenCommandsChangeTheRunningServersTokensAtOnce() throws Exception {
        Path data = dir.resolve("data");
        CliRun first = run("token", "create", "--name", "first", "--data-dir", data.toString());
        assertEquals(0, first.exit(), first.err());
        String firstToken = first.out().strip();
        try (ServerProcess s = ServerProcess.start(data, dir.resolve("server.log"), "--require-token")) {
            Path file = data.resolve(LocalAdminCredential.FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            LocalAdminCredential credential = LocalAdminCredential.read(data);
            assertEquals(URI.create("http://127.0.0.1:" + s.base().getPort()), credential.uri());
            assertTrue(credential.secret().startsWith(LocalAdminCredential.PREFIX), credential.secret());

            assertEquals(401, get(s.base(), "/api/v1/jobs", null).statusCode());
            assertEquals(200, get(s.base(), "/api/v1/jobs", firstToken).statusCode());

            CliRun created = run("token", "create", "--name", "ci runner", "--data-dir", data.toString());
            assertEquals(0, created.exit(), created.err());
            String token = created.out().strip();
            assertTrue(token.startsWith("hmx_"), created.out());
            assertEquals(200, get(s.base(), "/api/v1/jobs", token).statusCode(), "the new token at once");

            CliRun listed = run("token", "list", "--data-dir", data.toString());
            assertEquals(0, listed.exit(), listed.err());
            assertTrue(listed.out().contains("  first\n") && listed.out().contains("  ci runner\n"), listed.out());
            assertFalse(listed.out().contains("hmx_"), "list shows no secrets: " + listed.out());
            String id = created.err().replaceFirst("(?s).*Created token ([0-9a-f]{12}) .*", "$1");
            assertEquals(12, id.length(), created.err());

            CliRun revoked = run("token", "revoke", id, "--data-dir", data.toString());
            assertEquals(0, revoked.exit(), revoked.err());
            assertEquals("Revoked token " + id + ".", revoked.out().strip());
            assertEquals(401, get(s.base(), "/api/v1/jobs", token).statusCode(), "the revoked token at once");
            assertEquals(200, get(s.base(), "/api/v1/jobs", firstToken).statusCode(), "the other token still");

            CliRun unknown = run("token", "revoke", "0123456789ab", "--data-dir", data.toString());
            assertEquals(2, unknown.exit(), unknown.err());
            assertEquals("hillmix revoke: no token with id '0123456789ab'; see 'hillmix token list'",
                    unknown.err().strip());
            CliRun badName = run("token", "create", "--name", "bad\u0007name", "--data-dir", data.toString());
            assertEquals(2, badName.exit(), badName.err());
            assertEquals(1, badName.err().strip().lines().count(), badName.err());
            assertTrue(badName.err().contains("HTTP 400: token name must be 1-100 letters"), badName.err());

            // The administration endpoints: the local credential only; a wrong one, none, or an API token gets 401.
            HttpResponse<String> wrong = get(s.base(), "/api/v1/admin/tokens", LocalAdminCredential.PREFIX + "x");
            assertProblem(wrong, 401, "urn:hillmix:problem:unauthorized");
            assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
            assertProblem(get(s.base(), "/api/v1/admin/tokens", null), 401, "urn:hillmix:problem:unauthorized");
            assertProblem(get(s.base(), "/api/v1/admin/tokens", firstToken), 401, "urn:hillmix:problem:unauthorized");
            HttpResponse<String> ok = get(s.base(), "/api/v1/admin/tokens", credential.secret());
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(1, JSON.readTree(ok.body()).path("items").size(), ok.body()); // "ci runner" is revoked
            assertEquals("first", JSON.readTree(ok.body()).path("items").path(0).path("name").asText());
            assertFalse(ok.body().contains("hmx_"), ok.body());
        }
        // Killed: the credential file is left behind naming a dead port; the commands use the database again.
        assertTrue(Files.exists(data.resolve(LocalAdminCredential.FILE)));
        CliRun after = run("token", "list", "--data-dir", data.toString());
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.out().contains("  first\n") && !after.out().contains("ci runner"), after.out());
        // A new start replaces the left-over file with a new secret.
        String stale = LocalAdminCredential.read(data).secret();
        try (ServerProcess s = ServerProcess.start(data, dir.resolve("server2.log"))) {
            LocalAdminCredential fresh = LocalAdminCredential.read(data);
            assertNotEquals(stale, fresh.secret());
            assertEquals(s.base().getPort(), fresh.uri().getPort());
            assertProblem(get(s.base(), "/api/v1/admin/tokens", stale), 401, "urn:hillmix:problem:unauthorized");
        }
    }

    @Test
    void overTlsTheCommandPinsTheServersCertificate() throws Exception {
        Path data = dir.resolve("tls");
        CliRun first = run("token", "create", "--name", "first", "--data-dir", data.toString());
        assertEquals(0, first.exit(), first.err());
        Path keystore = dir.resolve("server.p12");
        // A certificate for another host name: the loopback client must not need it to match 127.0.0.1.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hillmix", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=gpu-box.lab", "-ext", "SAN=dns:gpu-box.lab", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "pw-123456", "-keypass", "pw-123456")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, out);
        Path password = Files.writeString(dir.resolve("pw.txt"), "pw-123456\n");
        try (ServerProcess s = ServerProcess.start(data, dir.resolve("tls.log"), "--tls-keystore",
                keystore.toString(), "--tls-password-file", password.toString())) {
            LocalAdminCredential c = LocalAdminCredential.read(data);
            assertEquals(URI.create("https://127.0.0.1:" + s.base().getPort()), c.uri());
            assertEquals(1, c.certificateSha256().size(), c.toString());
            CliRun created = run("token", "create", "--name", "over tls", "--data-dir", data.toString());
            assertEquals(0, created.exit(), created.err());
            CliRun listed = run("token", "list", "--data-dir", data.toString());
            assertEquals(0, listed.exit(), listed.err());
            assertTrue(listed.out().contains("  over tls\n"), listed.out());

            // Another certificate at that address is refused: the pin is what authenticates the server.
            Files.writeString(data.resolve(LocalAdminCredential.FILE), Files.readString(data.resolve(
                    LocalAdminCredential.FILE)).replace(c.certificateSha256().get(0), "00".repeat(32)));
            CliRun pinned = run("token", "list", "--data-dir", data.toString());
            assertEquals(2, pinned.exit(), pinned.err());
            assertTrue(pinned.err().contains("127.0.0.1"), pinned.err());
            assertFalse(pinned.out().contains("over tls"), pinned.out());
        }
    }

    private HttpResponse<String> get(URI base, String path, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = JSON.readTree(r.body());
        assertEquals(type, p.path("type").asText(), r.body());
        assertEquals(status, p.path("status").asInt(), r.body());
        assertFalse(p.path("detail").asText().isBlank(), r.body());
    }
}
