package org.hillmix.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of this API (a resource of the jar). */
public final class OpenApiHandler extends ApiHandler {

    /** Classpath resource holding the document. */
    public static final String RESOURCE = "openapi.json";

    private final String document;

    /** Loads the document. */
    public OpenApiHandler() {
        this.document = load();
    }

    /** The OpenAPI document's text. */
    public static String load() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void serve(Exchange ex) {
        ex.send(200, "application/json", document);
    }
}
