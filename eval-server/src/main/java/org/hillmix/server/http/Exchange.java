package org.hillmix.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its response as an endpoint handler sees them: path parameters, query parameters, a size-limited
 * body, and one-call answers (JSON, text, problem). Every answer completes the request's callback.
 */
public final class Exchange {

    /** Request attribute holding the path parameters matched by the {@link Router}. */
    public static final String PATH_PARAMS = "hillmix.pathParams";

    private final Request request;
    private final Response response;
    private final Callback callback;
    private Fields query;
    private boolean answered;

    /** Wraps one request. */
    public Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    /** The Jetty request. */
    public Request request() {
        return request;
    }

    /** The Jetty response. */
    public Response response() {
        return response;
    }

    /** The request's callback; complete it yourself only after {@link #takeOver()}. */
    public Callback callback() {
        return callback;
    }

    /** The request path, e.g. {@code /api/v1/jobs}. */
    public String path() {
        return Request.getPathInContext(request);
    }

    /** A path parameter matched by the router, e.g. {@code id}. */
    public String pathParam(String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> params = (Map<String, String>) request.getAttribute(PATH_PARAMS);
        return params == null ? null : params.get(name);
    }

    /**
     * A query parameter's value, or null when absent.
     *
     * @throws ProblemException 400 when the query string cannot be decoded
     */
    public String query(String name) {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                throw ProblemException.badParameter("query", "the query string is not valid percent-encoded UTF-8");
            }
        }
        return query.getValue(name);
    }

    /**
     * An optional integer query parameter within {@code [min, max]}.
     *
     * @throws ProblemException 400 naming the parameter when it is not such an integer
     */
    public int intQuery(String name, int dflt, int min, int max) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badParameter(name, "query parameter '" + name + "' must be an integer from " + min
                + " to " + max + ", got '" + v + "'");
    }

    /** A request header's value, or null. */
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /**
     * Reads the whole body, at most {@code limit} bytes.
     *
     * @throws ProblemException 413 when the body is larger (judged from {@code Content-Length} before reading
     *         when the client sends one)
     */
    public byte[] body(long limit, String what) throws IOException {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > limit) {
                throw tooLarge(in, limit, what);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(in, limit, what);
            }
            return bytes;
        }
    }

    /**
     * Bodies up to this size are read and discarded before a 413 is sent. A client that is still
     * sending when the server answers and closes sees a reset connection instead of the answer (the
     * JDK client reports "header parser received no bytes"), so moderate oversize bodies are drained
     * first; larger ones are refused at once rather than read.
     */
    static final long DRAIN_LIMIT = 16L << 20;

    private ProblemException tooLarge(InputStream in, long limit, String what) throws IOException {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared <= DRAIN_LIMIT) {
            long drained = 0;
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n > 0 && drained <= DRAIN_LIMIT; n = in.read(buf)) {
                drained += n;
            }
        }
        return tooLarge(limit, what);
    }

    /**
     * Copies the body to {@code out}, at most {@code limit} bytes.
     *
     * @return the number of bytes copied
     * @throws ProblemException 413 when the body is larger
     */
    public long copyBody(OutputStream out, long limit, String what) throws IOException {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > limit) {
                throw tooLarge(in, limit, what);
            }
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge(in, limit, what);
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    static ProblemException tooLarge(long limit, String what) {
        return new ProblemException(Problem.of("body-too-large", "Request body too large", 413,
                what + " may be at most " + limit + " bytes (" + humanBytes(limit) + "); send less or ask the "
                        + "operator to raise the limit"));
    }

    /** Formats a byte count for messages, e.g. {@code 1 MiB}. */
    static String humanBytes(long n) {
        if (n >= 1 << 30 && n % (1 << 30) == 0) {
            return (n >> 30) + " GiB";
        }
        if (n >= 1 << 20 && n % (1 << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1 << 10 && n % (1 << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " B";
    }

    /** Sets a response header. */
    public Exchange header(String name, String value) {
        response.getHeaders().put(name, value);
        return this;
    }

    /** Answers with {@code value} as JSON. */
    public void json(int status, Object value) {
        send(status, "application/json", Json.write(value));
    }

    /** Answers with {@code json}, UTF-8 JSON bytes made beforehand (not copied; do not change them later). */
    public void json(int status, byte[] json) {
        answered = true;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, json.length);
        response.write(true, ByteBuffer.wrap(json).asReadOnlyBuffer(), callback);
    }

    /** Answers with a text body of the given media type (UTF-8). */
    public void send(int status, String mediaType, String body) {
        answered = true;
        response.setStatus(status);
        // JSON is UTF-8 by definition (RFC 8259); text types name their charset.
        response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType);
        Content.Sink.write(response, true, body, callback);
    }

    /** Answers with an empty body. */
    public void empty(int status) {
        answered = true;
        response.setStatus(status);
        response.write(true, ByteBuffer.allocate(0), callback);
    }

    /** Answers with a problem document. */
    public void problem(ProblemException e) {
        sendProblem(request, response, callback, e.problem(), e.headers());
        answered = true;
    }

    /** Marks the exchange as answered by the caller, who now owns {@link #callback()} (streaming answers). */
    public void takeOver() {
        answered = true;
    }

    /** Whether an answer has been started. */
    public boolean answered() {
        return answered;
    }

    /** Writes {@code problem} (located at the request path) as the complete response. */
    public static void sendProblem(Request request, Response response, Callback callback, Problem problem,
            Map<String, String> headers) {
        Problem located = problem.instance() == null ? problem.at(Request.getPathInContext(request)) : problem;
        response.setStatus(located.status());
        headers.forEach((k, v) -> response.getHeaders().put(k, v));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        Content.Sink.write(response, true, Json.write(located), callback);
    }
}
