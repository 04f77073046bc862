package org.hillmix.core.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLHandshakeException;

/**
 * Tests a connection to an evaluation server the way an evaluation will use it, in three steps, and says which
 * one failed: is there a server at the address ({@code GET /health}), does it speak this client's API version
 * (the {@code apiVersion} of the health answer), and does it accept the token ({@code GET /api/v1/jobs}, which
 * needs one wherever the server demands tokens). The workbench's preference page shows the {@link Result}; the
 * outcome is typed so that the page can say in its own words what is wrong.
 */
public final class ConnectionCheck {

    /** What the check found. */
    public enum Outcome {
        /** The server answers, speaks this API version and accepts the token (or needs none). */
        OK,
        /** Nothing answers at the address: no route, no server on the port, unknown host, or a timeout. */
        UNREACHABLE,
        /** The TLS handshake failed: the server's certificate is not trusted (or its name does not match). */
        TLS_UNTRUSTED,
        /** The server speaks another API version; {@link Result#serverApiVersion()} says which. */
        INCOMPATIBLE,
        /** The server wants a token and refused the one given (or none was given): HTTP 401 or 403. */
        UNAUTHORIZED,
        /** Anything else: another HTTP refusal, or an answer that is not a HILLmix server's. */
        FAILED
    }

    /**
     * The result of a check.
     *
     * @param outcome what was found
     * @param serverApiVersion the API version the server speaks, when it said (null otherwise)
     * @param serverVersion the server's build version, when it said (empty otherwise)
     * @param detail the underlying error's message, empty when {@link Outcome#OK}
     */
    public record Result(Outcome outcome, String serverApiVersion, String serverVersion, String detail) {
        /** Whether evaluations can use this connection. */
        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    private ConnectionCheck() {
    }

    /** Runs the three steps against {@code client}'s server and never throws: every failure is a {@link Result}. */
    public static Result run(EvaluationClient client) {
        ServerInfo info;
        try {
            info = client.checkServer();
        } catch (IncompatibleServerException e) {
            return new Result(Outcome.INCOMPATIBLE, e.serverApiVersion(), "", e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failure(e, null, "");
        }
        try {
            client.checkAccess();
        } catch (IOException | RuntimeException e) {
            return failure(e, info.apiVersion(), info.version());
        }
        return new Result(Outcome.OK, info.apiVersion(), info.version(), "");
    }

    private static Result failure(Exception e, String apiVersion, String version) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Result(classify(e), apiVersion, version, detail);
    }

    /** The outcome an exception of {@link EvaluationClient} stands for, from the exception and its causes. */
    static Outcome classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EvaluationServerException s) {
                return s.status() == 401 || s.status() == 403 ? Outcome.UNAUTHORIZED : Outcome.FAILED;
            }
            if (t instanceof SSLHandshakeException) {
                return Outcome.TLS_UNTRUSTED;
            }
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return Outcome.UNREACHABLE;
            }
        }
        return Outcome.FAILED;
    }
}
