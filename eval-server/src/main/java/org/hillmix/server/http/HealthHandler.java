package org.hillmix.server.http;

import java.util.Map;

/** {@code GET /health}: 200 {@code {"status":"ok"}} while the server accepts requests; needs no token. */
public final class HealthHandler extends ApiHandler {

    @Override
    protected void serve(Exchange ex) {
        ex.header("Cache-Control", "no-store");
        ex.json(200, Map.of("status", "ok"));
    }
}
