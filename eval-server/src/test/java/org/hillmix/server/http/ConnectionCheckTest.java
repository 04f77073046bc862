package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.hillmix.core.remote.ConnectionCheck;
import org.hillmix.core.remote.ConnectionCheck.Outcome;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.ServerTrust;
import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's Test connection ({@link ConnectionCheck}) against real servers: it names each thing that can be
 * wrong (nothing listening, an untrusted certificate, another API version, a refused token) rather than one
 * "connection failed", and passes a server that accepts the token over TLS.
 */
class ConnectionCheckTest {

    private static final String PASSWORD = "check-secret";

    @TempDir
    Path dir;

    @Test
    void aServerThatAcceptsTheTokenOverTlsIsOkAndEachFaultIsNamed() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "hillmix", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + out);
        Path pem = dir.resolve("server.pem");
        Process export = new ProcessBuilder(keytool.toString(), "-exportcert", "-rfc", "-alias", "hillmix",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-file", pem.toString())
                .redirectErrorStream(true).start();
        String exported = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(export.waitFor(60, TimeUnit.SECONDS) && export.exitValue() == 0, "export failed: " + exported);
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD);
        String token;
        try (Database db = Database.open(dir.resolve("server"))) {
            token = new TokenStore(db.dataSource(), Clock.systemUTC()).create("check").token();
        }
        try (TestServer s = TestServer.start(dir.resolve("server"), new SteppingTestRunner(1, 1),
                b -> b.requireToken(true).tls(new TlsSettings(keystore, passwordFile)))) {
            URI base = s.server.baseUri();
            assertEquals("https", base.getScheme());

            ConnectionCheck.Result ok = ConnectionCheck.run(new EvaluationClient(base, token,
                    ServerTrust.trusting(pem)));
            assertEquals(Outcome.OK, ok.outcome(), ok.detail());
            assertEquals(EvaluationClient.API_VERSION, ok.serverApiVersion());
            assertEquals("", ok.detail());

            ConnectionCheck.Result untrusted = ConnectionCheck.run(new EvaluationClient(base, token));
            assertEquals(Outcome.TLS_UNTRUSTED, untrusted.outcome(), untrusted.detail());

            ConnectionCheck.Result noToken = ConnectionCheck.run(new EvaluationClient(base, null,
                    ServerTrust.trusting(pem)));
            assertEquals(Outcome.UNAUTHORIZED, noToken.outcome(), noToken.detail());
            assertTrue(noToken.detail().contains("HTTP 401"), noToken.detail());
            ConnectionCheck.Result wrongToken = ConnectionCheck.run(new EvaluationClient(base, token + "x",
                    ServerTrust.trusting(pem)));
            assertEquals(Outcome.UNAUTHORIZED, wrongToken.outcome(), wrongToken.detail());
            // the version was learnt before the token was refused
            assertEquals(EvaluationClient.API_VERSION, wrongToken.serverApiVersion());
        }
    }

    @Test
    void nothingListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ConnectionCheck.Result r = ConnectionCheck.run(new EvaluationClient(URI.create("http://127.0.0.1:" + port),
                null));
        assertEquals(Outcome.UNREACHABLE, r.outcome(), r.detail());
        assertNull(r.serverApiVersion());
    }

    @Test
    void aServerOfAnotherApiVersionIsNamedWithBothVersions() throws Exception {
        // no release of this server speaks another version, so a stand-in answers /health as a v2 server would
        HttpServer v2 = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        v2.createContext("/health", ex -> {
            byte[] body = "{\"status\":\"ok\",\"apiVersion\":\"2\",\"version\":\"9.0.0\"}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        v2.start();
        try {
            ConnectionCheck.Result r = ConnectionCheck.run(new EvaluationClient(URI.create("http://127.0.0.1:"
                    + v2.getAddress().getPort()), null));
            assertEquals(Outcome.INCOMPATIBLE, r.outcome(), r.detail());
            assertEquals("2", r.serverApiVersion());
            assertTrue(r.detail().contains("speaks API version 2, this client speaks API version "
                    + EvaluationClient.API_VERSION), r.detail());
        } finally {
            v2.stop(0);
        }
    }
}
