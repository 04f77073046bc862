package org.hillmix.server.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Outermost handler: counts each request by route and status and times it (see {@link HttpStats}); also adds
 * {@code X-Content-Type-Options: nosniff} to every response.
 */
public final class RequestStatsHandler extends Handler.Wrapper {

    private final HttpStats stats;
    private final Router router;

    /** Records into {@code stats}, labelling requests by {@code router}'s routes. */
    public RequestStatsHandler(HttpStats stats, Router router, Handler next) {
        super(next);
        this.stats = stats;
        this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String label = router.label(request);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        Callback timed = new Callback() {
            @Override
            public void succeeded() {
                stats.record(label, response.getStatus(), System.nanoTime() - start);
                callback.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                stats.record(label, response.isCommitted() ? response.getStatus() : 500, System.nanoTime() - start);
                callback.failed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        if (super.handle(request, response, timed)) {
            return true;
        }
        stats.record(label, 404, System.nanoTime() - start);
        return false;
    }
}
