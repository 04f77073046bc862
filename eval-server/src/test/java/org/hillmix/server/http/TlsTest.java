package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with a keystore the test makes (the JDK's keytool): HTTP/1.1 and HTTP/2 for a client that trusts the
 * certificate, a handshake failure for one that does not, and plain HTTP refused beyond loopback.
 */
class TlsTest {

    private static final String PASSWORD = "s3cret-Pass";

    @TempDir
    Path dir;

    private Path keystore;
    private Path passwordFile;
    private String token;

    @BeforeEach
    void makeKeystoreAndToken() throws Exception {
        keystore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "hillmix", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + out);
        // As an operator writes it: with a trailing line break that is not part of the password.
        passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        try (Database db = Database.open(dir.resolve("server"), false)) {
            token = new TokenStore(db.dataSource(), Clock.systemUTC()).create("tls").token();
        }
    }

    /** A client whose only trusted certificate is the test server's. */
    private HttpClient trustingClient(HttpClient.Version version) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        Certificate cert = ks.getCertificate("hillmix");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ctx).version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private HttpRequest get(TestServer s, String path, boolean withToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(path)).timeout(Duration.ofSeconds(20));
        if (withToken) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.GET().build();
    }

    @Test
    void servesHttp11AndHttp2OverTlsToAClientThatTrustsTheCertificate() throws Exception {
        try (TestServer s = TestServer.start(dir.resolve("server"), new SteppingTestRunner(1, 1),
                b -> b.treatAsRemote(true).tls(new TlsSettings(keystore, passwordFile)))) {
            assertEquals("https", s.server.baseUri().getScheme());
            assertFalse(s.server.insecureRemote());

            HttpResponse<String> h2 = trustingClient(HttpClient.Version.HTTP_2)
                    .send(get(s, "/api/v1/jobs", true), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, h2.statusCode(), h2.body());
            assertEquals(HttpClient.Version.HTTP_2, h2.version(), "ALPN chose HTTP/2");

            HttpClient h1Client = trustingClient(HttpClient.Version.HTTP_1_1);
            HttpResponse<String> h1 = h1Client.send(get(s, "/api/v1/jobs", true), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, h1.statusCode(), h1.body());
            assertEquals(HttpClient.Version.HTTP_1_1, h1.version());
            assertEquals(401, h1Client.send(get(s, "/api/v1/jobs", false), HttpResponse.BodyHandlers.ofString())
                    .statusCode(), "TLS does not replace the token");

            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(SSLHandshakeException.class,
                    () -> untrusting.send(get(s, "/health", false), HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void plainHttpBeyondLoopbackIsRefusedUnlessAccepted() throws Exception {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class, () -> TestServer.start(
                dir.resolve("server"), new SteppingTestRunner(1, 1), b -> b.treatAsRemote(true)));
        assertTrue(plain.getMessage().contains("over plain HTTP"), plain.getMessage());
        assertTrue(plain.getMessage().contains("--tls-keystore") && plain.getMessage().contains("--insecure-http"),
                plain.getMessage());
        // The wildcard address is refused before anything is bound.
        IllegalArgumentException wildcard = assertThrows(IllegalArgumentException.class, () -> TestServer.start(
                dir.resolve("server"), new SteppingTestRunner(1, 1), b -> b.host("0.0.0.0")));
        assertTrue(wildcard.getMessage().contains("refusing to listen on 0.0.0.0 over plain HTTP"),
                wildcard.getMessage());

        try (TestServer s = TestServer.start(dir.resolve("server"), new SteppingTestRunner(1, 1),
                b -> b.treatAsRemote(true).insecureHttp(true))) {
            assertTrue(s.server.insecureRemote(), "the operator accepted plain HTTP; serve warns about it");
            assertEquals("http", s.server.baseUri().getScheme());
        }
        try (TestServer s = TestServer.start(dir.resolve("server"), new SteppingTestRunner(1, 1), b -> b)) {
            assertFalse(s.server.insecureRemote(), "loopback needs no TLS");
        }
    }

    @Test
    void aWrongPasswordIsReportedAtStart() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not-it");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestServer.start(
                dir.resolve("server"), new SteppingTestRunner(1, 1),
                b -> b.treatAsRemote(true).tls(new TlsSettings(keystore, wrong))));
        assertTrue(e.getMessage().contains("wrong password") && e.getMessage().contains(keystore.toString()),
                e.getMessage());
    }
}
