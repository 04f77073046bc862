package org.hillmix.server.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * Request counts by route and status, and request latency histograms by route, kept in Prometheus client
 * metrics ({@code hillmix_http_requests_total}, {@code hillmix_http_request_duration_seconds}) and exposed by
 * {@link PrometheusText}.
 *
 * <p>Latency is measured from the moment the request reaches the server's handler chain to the moment its
 * response completes. For event streams that is the length of the stream.
 */
public final class HttpStats {

    /** Upper bounds of the latency histogram buckets, in seconds (Prometheus {@code le} labels). */
    public static final double[] BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
        5, 10, 30};

    // a registry of our own, not the default one: two servers in one JVM (tests, bench) keep separate counts
    private final PrometheusRegistry registry = new PrometheusRegistry();

    private final Counter requests = Counter.builder().name("hillmix_http_requests_total")
            .help("HTTP requests by route and status.").labelNames("route", "status").register(registry);

    private final Histogram latency = Histogram.builder().name("hillmix_http_request_duration_seconds")
            .help("HTTP request latency in seconds by route (event streams: stream length).")
            .classicOnly().classicUpperBounds(BUCKETS).labelNames("route").register(registry);

    /** Records one finished request. */
    public void record(String route, int status, long nanos) {
        requests.labelValues(route, Integer.toString(status)).inc();
        latency.labelValues(route).observe(nanos / 1e9);
    }

    /** Requests so far for a route and status. */
    public long count(String route, int status) {
        String s = Integer.toString(status);
        return requests.collect().getDataPoints().stream()
                .filter(p -> route.equals(p.getLabels().get("route")) && s.equals(p.getLabels().get("status")))
                .mapToLong(p -> (long) p.getValue()).sum();
    }

    /** The current values of the request metrics. */
    MetricSnapshots snapshot() {
        return registry.scrape();
    }
}
