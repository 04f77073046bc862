package org.hillmix.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (unparseable requests, oversized headers, failures outside the endpoint handlers)
 * as problem documents, like every other error of this server. Never includes stack traces.
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

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(Json.write(problem(status, reason)).getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problem(int code, String message) {
        String title = HttpStatus.getMessage(code);
        String detail = message == null || message.isBlank() ? title : message;
        String slug = code == 413 ? "body-too-large" : code >= 500 ? "internal" : "bad-request";
        return Problem.of(slug, title, code, detail);
    }
}
