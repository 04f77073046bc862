package org.hillmix.server.http;

import java.io.IOException;
import java.util.Map;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (e.g. oversized headers, ambiguous URIs, failures outside the endpoint handlers) as
 * problem documents, like every other error of this server. Never includes stack traces. (Requests too malformed
 * to parse at all still get Jetty's plain answer: they never reach a handler.)
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** A handler without stack traces. */
    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        Exchange.sendProblem(request, response, callback, problem(code, message), Map.of());
    }

    private static Problem problem(int code, String message) {
        String title = HttpStatus.getMessage(code);
        String detail = message == null || message.isBlank() ? title : message;
        String slug = code == 413 ? "body-too-large" : code >= 500 ? "internal" : "bad-request";
        return Problem.of(slug, title, code, detail);
    }
}
