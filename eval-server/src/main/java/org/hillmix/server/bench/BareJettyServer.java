package org.hillmix.server.bench;

import java.net.URI;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The reference a server's throughput is compared with: Jetty with its default thread pool and one handler that
 * answers every request with the same fixed bytes and headers, doing nothing else. The handler keeps Jetty's
 * default (blocking) invocation type, like the server's endpoint handlers, so both dispatch requests to pool
 * threads the same way. Loopback only, on a free port.
 */
final class BareJettyServer implements AutoCloseable {

    private final Server jetty = new Server();
    private final ServerConnector connector = new ServerConnector(jetty);

    /** Starts serving {@code body} as {@code application/json}. */
    BareJettyServer(byte[] body) throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        jetty.start();
    }

    /** Where it listens, with any path. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
