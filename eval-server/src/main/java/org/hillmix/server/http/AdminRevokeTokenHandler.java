package org.hillmix.server.http;

import org.hillmix.server.auth.TokenStore;

/**
 * {@code DELETE /api/v1/admin/tokens/{id}}: revokes an API token, 204; 404 when no token has that id. The token
 * is refused from the next request on. Reached only through {@link LocalAdminAuthHandler}.
 */
public final class AdminRevokeTokenHandler extends ApiHandler {

    private final TokenStore tokens;

    /** Revokes in {@code tokens}. */
    public AdminRevokeTokenHandler(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = ex.pathParam("id");
        if (!tokens.revoke(id)) {
            throw ProblemException.notFound("no token with id '" + id + "'; GET /api/v1/admin/tokens lists them");
        }
        ex.empty(204);
    }
}
