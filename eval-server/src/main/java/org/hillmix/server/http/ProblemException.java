package org.hillmix.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by endpoint handlers to answer with a {@link Problem}; the base handler writes it, with any extra
 * response headers (e.g. {@code Retry-After}, {@code Allow}, {@code WWW-Authenticate}).
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    /** Answers with {@code problem}. */
    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    /** Answers with {@code problem} and extra response headers. */
    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    /** The problem to send. */
    public Problem problem() {
        return problem;
    }

    /** Extra headers to send with it. */
    public Map<String, String> headers() {
        return headers;
    }

    /** 400: a query parameter or path segment is wrong. */
    public static ProblemException badParameter(String name, String detail) {
        return new ProblemException(Problem.of("invalid-parameter", "Invalid parameter", 400, detail)
                .with("parameter", name));
    }

    /** 404: nothing at this path. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, detail));
    }

    /** 409: the resource is in a state that does not allow the request. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of("conflict", "Conflict with the resource's state", 409, detail));
    }
}
