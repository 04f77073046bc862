package org.hillmix.server.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.http.pathmap.UriTemplatePathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Dispatches a request to the endpoint handler registered for its method and path template (e.g.
 * {@code GET /api/v1/jobs/{id}}). A path that matches no template gets 404; a path that matches with another
 * method gets 405 with an {@code Allow} header. Both answer with problem documents.
 */
public final class Router extends Handler.Abstract {

    /** A registered endpoint. */
    public record Route(String method, String template, UriTemplatePathSpec spec, Handler handler) {
        /** The label used in metrics, e.g. {@code GET /api/v1/jobs/{id}}. */
        public String label() {
            return method + " " + template;
        }
    }

    /** Request attribute holding the route {@link #label} matched ({@link #NO_ROUTE} when none did). */
    private static final String MATCHED = "hillmix.route";
    private static final Object NO_ROUTE = new Object();

    /** Metrics label for requests that match no route. */
    public static final String UNMATCHED = "unmatched";

    private final List<Route> routes = new ArrayList<>();

    /** An empty router. */
    public Router() {
        super(InvocationType.BLOCKING);
    }

    /** Registers {@code handler} for {@code method} on {@code template}; returns this router. */
    public Router route(String method, String template, Handler handler) {
        routes.add(new Route(method, template, new UriTemplatePathSpec(template), handler));
        addBean(handler);
        return this;
    }

    /** Endpoint handlers belong to the same server as the router (Jetty checks this when starting them). */
    @Override
    public void setServer(org.eclipse.jetty.server.Server server) {
        super.setServer(server);
        for (Route r : routes) {
            r.handler().setServer(server);
        }
    }

    /** The registered routes, in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route a request goes to, or null. */
    public Route match(String method, String path) {
        for (Route r : routes) {
            if (r.method().equals(method) && r.spec().matches(path)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The metrics label of a request: its route's label, or {@link #UNMATCHED}. The match is kept with the request,
     * so that {@link #handle} does not match the path against every template a second time.
     */
    public String label(Request request) {
        Route r = match(request.getMethod(), Request.getPathInContext(request));
        request.setAttribute(MATCHED, r == null ? NO_ROUTE : r);
        return r == null ? UNMATCHED : r.label();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Object matched = request.getAttribute(MATCHED);
        Route route = matched instanceof Route r ? r : matched == NO_ROUTE ? null : match(method, path);
        if (route != null) {
            Map<String, String> params = route.spec().getPathParams(path);
            request.setAttribute(Exchange.PATH_PARAMS, params == null ? Map.of() : params);
            return route.handler().handle(request, response, callback);
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            if (r.spec().matches(path)) {
                allowed.add(r.method());
            }
        }
        if (allowed.isEmpty()) {
            Exchange.sendProblem(request, response, callback, Problem.of("not-found", "Not found", 404,
                    "no endpoint at " + path + "; see GET /api/v1/openapi.json for the API"), Map.of());
        } else {
            String allow = String.join(", ", allowed);
            Exchange.sendProblem(request, response, callback, Problem.of("method-not-allowed", "Method not allowed",
                    405, method + " is not supported on " + path + "; use " + allow), Map.of("Allow", allow));
        }
        return true;
    }
}
