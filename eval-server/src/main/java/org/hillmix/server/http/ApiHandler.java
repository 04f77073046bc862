package org.hillmix.server.http;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Base of the endpoint handlers: one Jetty handler per endpoint, reached through the {@link Router}. Subclasses
 * implement {@link #serve(Exchange)} in blocking style (the handler is {@code BLOCKING}, so Jetty runs it on a
 * pool thread); a {@link ProblemException} becomes its problem document, any other exception a 500 whose details
 * go to the log, not to the client.
 */
public abstract class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    /** A blocking handler. */
    protected ApiHandler() {
        super(InvocationType.BLOCKING);
    }

    /** Answers one request through {@code exchange}. */
    protected abstract void serve(Exchange exchange) throws Exception;

    @Override
    public final boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = new Exchange(request, response, callback);
        try {
            serve(exchange);
            if (!exchange.answered()) {
                exchange.empty(204);
            }
        } catch (ProblemException e) {
            answerOrFail(exchange, e);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, request.getMethod() + " " + exchange.path() + " failed", e);
            answerOrFail(exchange, new ProblemException(Problem.of("internal", "Internal server error", 500,
                    "the server failed to answer (" + e.getClass().getSimpleName() + "); see the server log")));
        }
        return true;
    }

    private static void answerOrFail(Exchange exchange, ProblemException e) {
        if (exchange.answered() || exchange.response().isCommitted()) {
            exchange.callback().failed(e);
        } else {
            exchange.problem(e);
        }
    }
}
