package org.hillmix.server.http;

import java.util.Map;

/**
 * {@code GET /health}: 200 {@code {"status":"ok","apiVersion":"1","version":"..."}} while the server accepts
 * requests; needs no token. Clients compare {@code apiVersion} with the version they speak before anything else.
 */
public final class HealthHandler extends ApiHandler {

    /** The API version: the {@code v1} of {@code /api/v1}; a client that speaks another refuses the server. */
    public static final String API_VERSION = "1";

    @Override
    protected void serve(Exchange ex) {
        ex.header("Cache-Control", "no-store");
        ex.json(200, Map.of("status", "ok", "apiVersion", API_VERSION, "version", PrometheusText.version()));
    }
}
