package org.hillmix.server.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts by route and status, and request latency histograms by route, kept with lock-free adders and
 * rendered in the Prometheus text exposition format by {@link PrometheusText}.
 *
 * <p>Latency is measured from the moment the request reaches the server's handler chain to the moment its
 * response completes. For event streams that is the length of the stream.
 */
public final class HttpStats {

    /** Upper bounds of the latency histogram buckets, in seconds (Prometheus {@code le} labels). */
    public static final double[] BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
        5, 10, 30};

    /** One route's latency histogram: cumulative counts are computed when rendering. */
    static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    /** Key of the request counter. */
    record RouteStatus(String route, int status) implements Comparable<RouteStatus> {
        @Override
        public int compareTo(RouteStatus o) {
            int c = route.compareTo(o.route);
            return c != 0 ? c : Integer.compare(status, o.status);
        }
    }

    private final Map<RouteStatus, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();

    /** Records one finished request. */
    public void record(String route, int status, long nanos) {
        requests.computeIfAbsent(new RouteStatus(route, status), k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
    }

    /** Requests so far for a route and status. */
    public long count(String route, int status) {
        LongAdder a = requests.get(new RouteStatus(route, status));
        return a == null ? 0 : a.sum();
    }

    Map<RouteStatus, Long> requestCounts() {
        Map<RouteStatus, Long> out = new TreeMap<>();
        requests.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    Map<String, Histogram> histograms() {
        return new TreeMap<>(latency);
    }
}
