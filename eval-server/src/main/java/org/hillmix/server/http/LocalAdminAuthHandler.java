package org.hillmix.server.http;

import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hillmix.server.auth.LocalAdminCredential;

/**
 * Guards the administration endpoints under {@value #PREFIX}: they answer only connections from a loopback address
 * (403 otherwise) that present the running server's local credential ({@link LocalAdminCredential}) as a bearer
 * token (401 otherwise). API tokens do not open them: a token holder must not be able to mint tokens. Requests
 * that pass go straight to the {@code admin} handler (the router), past the API-token check; every other request
 * goes on to {@code next}.
 */
public final class LocalAdminAuthHandler extends Handler.Wrapper {

    /** Path prefix of the administration endpoints. */
    public static final String PREFIX = "/api/v1/admin/";

    private static final String REALM = "Bearer realm=\"hillmix-admin\"";

    private final String secret;
    private final Handler admin;

    /**
     * @param secret the local credential this server wrote into its data directory
     * @param admin where accepted administration requests go
     * @param next where every other request goes
     */
    public LocalAdminAuthHandler(String secret, Handler admin, Handler next) {
        super(next);
        this.secret = secret;
        this.admin = admin;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!Request.getPathInContext(request).startsWith(PREFIX)) {
            return super.handle(request, response, callback);
        }
        if (!LocalAdminCredential.fromLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
            Exchange.sendProblem(request, response, callback, Problem.of("forbidden", "Forbidden", 403,
                    "the administration endpoints answer only on this machine, over loopback; run 'hillmix token "
                            + "...' on the server's machine"), Map.of());
            return true;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        if (!LocalAdminCredential.sameSecret(secret, presented)) {
            Exchange.sendProblem(request, response, callback, Problem.of("unauthorized", "Unauthorized", 401,
                    "the administration endpoints need the running server's local credential (the 'credential' in "
                            + LocalAdminCredential.FILE + " in its data directory) as 'Authorization: Bearer "
                            + "<credential>'; 'hillmix token ... --data-dir DIR' sends it"),
                    Map.of("WWW-Authenticate", presented == null ? REALM : REALM + ", error=\"invalid_token\""));
            return true;
        }
        return admin.handle(request, response, callback);
    }
}
