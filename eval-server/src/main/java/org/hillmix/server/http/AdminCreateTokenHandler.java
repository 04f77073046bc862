package org.hillmix.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.auth.ApiToken;
import org.hillmix.server.auth.TokenStore;

/**
 * {@code POST /api/v1/admin/tokens} with {@code {"name": "..."}}: creates an API token and answers 201 with the
 * token (shown only in this answer) and its id, name and creation time. The token is on disk before the answer and
 * authenticates at once: the server's own token store forgets its cached hashes. Reached only through
 * {@link LocalAdminAuthHandler}.
 */
public final class AdminCreateTokenHandler extends ApiHandler {

    private static final long MAX_BODY = 4096;

    private final TokenStore tokens;

    /** Creates tokens in {@code tokens}. */
    public AdminCreateTokenHandler(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        byte[] body = ex.body(MAX_BODY, "a token request");
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.of("invalid-json", "Malformed JSON", 400,
                    "the body must be a JSON object {\"name\": \"...\"}: " + e.getOriginalMessage()));
        }
        if (o == null || !o.isObject() || !o.path("name").isTextual() || o.size() != 1) {
            throw new ProblemException(Problem.of("invalid-field", "Invalid token request", 400,
                    "the body must be a JSON object with exactly one string field, {\"name\": \"...\"}")
                    .with("field", "name"));
        }
        TokenStore.Created created;
        try {
            created = tokens.create(o.path("name").asText());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of("invalid-field", "Invalid token request", 400, e.getMessage())
                    .with("field", "name"));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("token", created.token());
        view.putAll(view(created.info()));
        ex.header("Location", "/api/v1/admin/tokens/" + created.info().id()).json(201, view);
    }

    /** The public facts of a token as JSON fields. */
    static Map<String, Object> view(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("createdAt", t.createdAt().toString());
        return m;
    }
}
