package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.ServerTrust;

import picocli.CommandLine.Option;

/** The options of the commands that talk to an evaluation server ({@code submit}, {@code follow}). */
final class RemoteOptions {

    @Option(names = "--server", required = true, paramLabel = "URL",
            description = "The evaluation server, e.g. https://gpu-box.lab:8443")
    URI server;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the API token ('hillmix token create' on the server prints one).")
    Path tokenFile;

    @Option(names = "--ca-cert", paramLabel = "FILE.pem",
            description = "Trust the server certificate(s) in this PEM file (e.g. a lab server's self-signed one).")
    Path caCert;

    @Option(names = "--insecure",
            description = "Accept any TLS certificate (encrypted, but not authenticated: for tests only).")
    boolean insecure;

    /**
     * A client of {@link #server} with the token and trust the options give.
     *
     * @throws IllegalArgumentException when the URL, token file or certificate file is unusable
     */
    EvaluationClient client(PrintWriter err) throws IOException {
        String scheme = server.getScheme();
        if (server.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("--server must be an http:// or https:// URL with a host, got '"
                    + server + "'");
        }
        String token = null;
        if (tokenFile != null) {
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("--token-file " + tokenFile + " is empty");
            }
        }
        if (insecure && caCert != null) {
            throw new IllegalArgumentException("--insecure and --ca-cert contradict each other; give one");
        }
        SSLContext tls = null;
        if (insecure) {
            err.println("WARNING: --insecure: the server's TLS certificate is not checked; a machine in between "
                    + "could read the token and the labels.");
            err.flush();
            tls = ServerTrust.insecure();
        } else if (caCert != null) {
            tls = ServerTrust.trusting(caCert);
        }
        if (token != null && "http".equals(scheme) && !isLoopback(server.getHost())) {
            err.println("WARNING: sending the API token to " + server.getHost() + " over plain HTTP; anyone on the "
                    + "way can read it. Use https:// (serve --tls-keystore).");
            err.flush();
        }
        return new EvaluationClient(server, token, tls);
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
    }
}
