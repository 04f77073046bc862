package org.hillmix.server.http;

import java.util.List;
import java.util.Map;

import org.hillmix.server.auth.TokenStore;

/**
 * {@code GET /api/v1/admin/tokens}: the stored API tokens' ids, names and creation times, in creation order (never
 * the tokens). Reached only through {@link LocalAdminAuthHandler}.
 */
public final class AdminListTokensHandler extends ApiHandler {

    private final TokenStore tokens;

    /** Lists {@code tokens}. */
    public AdminListTokensHandler(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        List<Map<String, Object>> items = tokens.list().stream().map(AdminCreateTokenHandler::view).toList();
        ex.json(200, Map.of("items", items));
    }
}
