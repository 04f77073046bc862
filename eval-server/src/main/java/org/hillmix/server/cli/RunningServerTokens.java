package org.hillmix.server.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.auth.ApiToken;
import org.hillmix.server.auth.LocalAdminCredential;
import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.Json;

/**
 * The API tokens of a running server, reached through its administration endpoints over loopback with the local
 * credential it wrote into its data directory ({@link LocalAdminCredential}). With TLS the server's certificate is
 * pinned by the fingerprint in that file (no host-name check: the client connects to a loopback address).
 */
final class RunningServerTokens implements TokenCommand.Tokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final LocalAdminCredential credential;
    private final HttpClient http;

    private RunningServerTokens(LocalAdminCredential credential, HttpClient http) {
        this.credential = credential;
        this.http = http;
    }

    /**
     * The tokens of the server holding the database in {@code dataDir}.
     *
     * @throws IOException (exit 2) when the server wrote no credential: it is starting, or listens on one
     *         non-loopback address only
     */
    static RunningServerTokens of(Path dataDir) throws IOException {
        LocalAdminCredential c = LocalAdminCredential.read(dataDir);
        if (c == null) {
            throw new IOException("a running 'hillmix serve' holds the database in " + dataDir.resolve("db")
                    + " but wrote no " + LocalAdminCredential.FILE + ": it is still starting (try again), or it "
                    + "listens on one non-loopback address, which token commands cannot reach; then stop it "
                    + "(Ctrl-C), run this token command, and start it again");
        }
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if ("https".equals(c.uri().getScheme())) {
            b.sslContext(pinned(c.certificateSha256()));
        }
        return new RunningServerTokens(c, b.build());
    }

    @Override
    public TokenStore.Created create(String name) throws IOException {
        String body = Json.write(Map.of("name", name));
        JsonNode o = send(request("").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        return new TokenStore.Created(o.path("token").asText(), token(o));
    }

    @Override
    public List<ApiToken> list() throws IOException {
        JsonNode o = send(request("").GET(), 200);
        List<ApiToken> out = new ArrayList<>();
        for (JsonNode t : o.path("items")) {
            out.add(token(t));
        }
        return out;
    }

    @Override
    public boolean revoke(String id) throws IOException {
        if (!id.matches("[0-9a-f]{1,64}")) {
            return false; // no token has such an id; not worth a request with an odd path
        }
        HttpResponse<String> r = exchange(request("/" + id).DELETE());
        if (r.statusCode() == 404) {
            return false;
        }
        check(r, 204);
        return true;
    }

    private static ApiToken token(JsonNode o) {
        return new ApiToken(o.path("id").asText(), o.path("name").asText(), Instant.parse(o.path("createdAt")
                .asText()));
    }

    private HttpRequest.Builder request(String suffix) {
        return HttpRequest.newBuilder(credential.uri().resolve(EvaluationServer.ADMIN_TOKENS + suffix))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + credential.secret());
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException {
        HttpResponse<String> r = exchange(request);
        check(r, expected);
        return Json.MAPPER.readTree(r.body());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpTimeoutException e) {
            throw new IOException("a running 'hillmix serve' holds this data directory but does not answer at "
                    + credential.uri() + " (" + e.getClass().getSimpleName() + "); is it stopping?", e);
        } catch (javax.net.ssl.SSLException e) {
            throw new IOException("TLS with the running server at " + credential.uri() + " failed: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to the server at " + credential.uri(), e);
        }
    }

    private void check(HttpResponse<String> r, int expected) throws IOException {
        if (r.statusCode() == expected) {
            return;
        }
        String detail = r.body();
        try {
            JsonNode p = Json.MAPPER.readTree(r.body());
            if (p != null && p.path("detail").isTextual()) {
                detail = p.path("detail").asText();
            }
        } catch (IOException e) {
            // not a problem document: the body itself is the best description
        }
        String message = "the running server at " + credential.uri() + " answered HTTP " + r.statusCode() + ": "
                + detail;
        if (r.statusCode() >= 400 && r.statusCode() < 500) {
            throw new IllegalArgumentException(message);
        }
        throw new IOException(message);
    }

    /** A TLS context trusting exactly the certificates with these SHA-256 fingerprints, at any host name. */
    static SSLContext pinned(List<String> sha256) throws IOException {
        X509ExtendedTrustManager trust = new X509ExtendedTrustManager() {
            private void check(X509Certificate[] chain) throws CertificateException {
                if (chain == null || chain.length == 0) {
                    throw new CertificateException("the server sent no certificate");
                }
                String fingerprint;
                try {
                    fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(chain[0].getEncoded()));
                } catch (GeneralSecurityException e) {
                    throw new CertificateException(e);
                }
                if (!sha256.contains(fingerprint)) {
                    throw new CertificateException("the server's certificate (SHA-256 " + fingerprint + ") is not "
                            + "the one named in " + LocalAdminCredential.FILE);
                }
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                    throws CertificateException {
                check(chain);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                    throws CertificateException {
                check(chain);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                check(chain);
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                    throws CertificateException {
                throw new CertificateException("a client trust manager only");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                    throws CertificateException {
                throw new CertificateException("a client trust manager only");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("a client trust manager only");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trust}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
