package org.hillmix.server.http;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;

import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobState;

/**
 * Renders the server's metrics in the Prometheus text exposition format (version 0.0.4):
 * <ul>
 * <li>{@code hillmix_jobs{state}} (gauge): jobs in the database by state;</li>
 * <li>{@code hillmix_queue_length}, {@code hillmix_queue_capacity}, {@code hillmix_workers},
 * {@code hillmix_workers_busy} (gauges);</li>
 * <li>{@code hillmix_http_requests_total{route,status}} (counter);</li>
 * <li>{@code hillmix_http_request_duration_seconds{route}} (histogram, buckets {@link HttpStats#BUCKETS});</li>
 * <li>{@code hillmix_build_info{version,jetty,java}} (gauge, always 1).</li>
 * </ul>
 * Routes are the path templates ({@code GET /api/v1/jobs/{id}}), never raw paths, so label cardinality stays
 * bounded; requests that match no route share the label {@code unmatched}.
 */
public final class PrometheusText {

    /** The media type of the exposition format. */
    public static final String MEDIA_TYPE = "text/plain; version=0.0.4";

    private PrometheusText() {
    }

    /** The build's version as written into the jar manifest, or {@code development}. */
    public static String version() {
        String v = PrometheusText.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Renders everything. */
    public static String render(HttpStats stats, JobService jobs) throws SQLException {
        StringBuilder sb = new StringBuilder(4096);
        header(sb, "hillmix_jobs", "gauge", "Jobs in the database by state.");
        for (Map.Entry<JobState, Long> e : jobs.countsByState().entrySet()) {
            sb.append("hillmix_jobs{state=\"").append(e.getKey().id()).append("\"} ").append(e.getValue()).append('\n');
        }
        gauge(sb, "hillmix_queue_length", "Jobs waiting for a worker.", jobs.queueLength());
        gauge(sb, "hillmix_queue_capacity", "Most jobs that may wait; more submissions get 429.", jobs.queueCapacity());
        gauge(sb, "hillmix_workers", "Worker threads (jobs that can run at once).", jobs.workers());
        gauge(sb, "hillmix_workers_busy", "Workers running a job now.", jobs.busyWorkers());

        header(sb, "hillmix_http_requests_total", "counter", "HTTP requests by route and status.");
        for (Map.Entry<HttpStats.RouteStatus, Long> e : stats.requestCounts().entrySet()) {
            sb.append("hillmix_http_requests_total{route=\"").append(escape(e.getKey().route())).append("\",status=\"")
                    .append(e.getKey().status()).append("\"} ").append(e.getValue()).append('\n');
        }

        String h = "hillmix_http_request_duration_seconds";
        header(sb, h, "histogram", "HTTP request latency in seconds by route (event streams: stream length).");
        for (Map.Entry<String, HttpStats.Histogram> e : stats.histograms().entrySet()) {
            String route = escape(e.getKey());
            HttpStats.Histogram hist = e.getValue();
            long count = hist.count.sum();
            long cumulative = 0;
            for (int i = 0; i < HttpStats.BUCKETS.length; i++) {
                cumulative += hist.buckets[i].sum();
                sb.append(h).append("_bucket{route=\"").append(route).append("\",le=\"")
                        .append(number(HttpStats.BUCKETS[i])).append("\"} ").append(Math.min(cumulative, count))
                        .append('\n');
            }
            sb.append(h).append("_bucket{route=\"").append(route).append("\",le=\"+Inf\"} ").append(count).append('\n');
            sb.append(h).append("_sum{route=\"").append(route).append("\"} ").append(hist.sum.sum()).append('\n');
            sb.append(h).append("_count{route=\"").append(route).append("\"} ").append(count).append('\n');
        }

        header(sb, "hillmix_build_info", "gauge", "Build information; the value is always 1.");
        sb.append("hillmix_build_info{version=\"").append(escape(version())).append("\",jetty=\"")
                .append(escape(org.eclipse.jetty.server.Server.getVersion())).append("\",java=\"")
                .append(escape(System.getProperty("java.version", "unknown"))).append("\"} 1\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, String name, String type, String help) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void gauge(StringBuilder sb, String name, String help, long value) {
        header(sb, name, "gauge", help);
        sb.append(name).append(' ').append(value).append('\n');
    }

    /** Escapes a label value: backslash, double quote and line feed. */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
