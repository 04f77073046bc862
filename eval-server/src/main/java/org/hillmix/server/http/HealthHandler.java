package org.hillmix.server.http;

import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 {@code {"status":"ok","apiVersion":"1","version":"..."}} while the server accepts
 * requests; needs no token. Clients compare {@code apiVersion} with the version they speak before anything else.
 * While the database does not answer (a shared PostgreSQL that went away) it is 503 with {@code "status":
 * "unavailable"} and the reason in {@code "detail"}, so that a load balancer sends requests elsewhere.
 */
public final class HealthHandler extends ApiHandler {

    private final Supplier<String> databaseProblem;

    /** @param databaseProblem null while the database answers, else what is wrong ({@code DatabaseProbe}) */
    public HealthHandler(Supplier<String> databaseProblem) {
        this.databaseProblem = databaseProblem;
    }

    /** The API version: the {@code v1} of {@code /api/v1}; a client that speaks another refuses the server. */
    public static final String API_VERSION = "1";

    @Override
    protected void serve(Exchange ex) {
        ex.header("Cache-Control", "no-store");
        String problem = databaseProblem.get();
        if (problem != null) {
            ex.json(503, Map.of("status", "unavailable", "apiVersion", API_VERSION, "version",
                    PrometheusText.version(), "detail", problem));
            return;
        }
        ex.json(200, Map.of("status", "ok", "apiVersion", API_VERSION, "version", PrometheusText.version()));
    }
}
