package org.hillmix.server.http;

import java.sql.SQLException;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hillmix.server.auth.TokenStore;

/**
 * Requires {@code Authorization: Bearer <token>} with a token known to the {@link TokenStore} on every request
 * except {@code GET /health}; others get 401 with {@code WWW-Authenticate: Bearer} and a problem document.
 */
public final class BearerAuthHandler extends Handler.Wrapper {

    private static final String REALM = "Bearer realm=\"hillmix\"";

    private final TokenStore tokens;

    /** Guards {@code next} with tokens from {@code tokens}. */
    public BearerAuthHandler(TokenStore tokens, Handler next) {
        super(next);
        this.tokens = tokens;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if ("GET".equals(request.getMethod()) && "/health".equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String token = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).strip();
        }
        boolean ok;
        try {
            ok = token != null && tokens.verify(token);
        } catch (SQLException e) {
            Exchange.sendProblem(request, response, callback, Problem.of("internal", "Internal server error", 500,
                    "the token store could not be read; see the server log"), Map.of());
            return true;
        }
        if (ok) {
            return super.handle(request, response, callback);
        }
        String detail = header == null
                ? "this server requires an API token: send 'Authorization: Bearer <token>' (create one with "
                        + "'hillmix token create')"
                : token == null ? "the Authorization header must use the Bearer scheme: 'Authorization: Bearer <token>'"
                : "the bearer token is not valid (unknown or revoked)";
        String challenge = token == null ? REALM : REALM + ", error=\"invalid_token\"";
        Exchange.sendProblem(request, response, callback, Problem.of("unauthorized", "Unauthorized", 401, detail),
                Map.of("WWW-Authenticate", challenge));
        return true;
    }
}
