package org.hillmix.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;

import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobState;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The server's metrics in the Prometheus text exposition format (version 0.0.4), written by the Prometheus Java
 * client's {@link PrometheusTextFormatWriter}:
 * <ul>
 * <li>{@code hillmix_jobs{state}} (gauge): jobs in the database by state;</li>
 * <li>{@code hillmix_queue_length}, {@code hillmix_queue_capacity}, {@code hillmix_workers},
 * {@code hillmix_workers_busy} (gauges);</li>
 * <li>{@code hillmix_http_requests_total{route,status}} (counter, {@link HttpStats});</li>
 * <li>{@code hillmix_http_request_duration_seconds{route}} (histogram, buckets {@link HttpStats#BUCKETS});</li>
 * <li>{@code hillmix_build_info{version,jetty,java}} (gauge, always 1).</li>
 * </ul>
 * Routes are the path templates ({@code GET /api/v1/jobs/{id}}), never raw paths, so label cardinality stays
 * bounded; requests that match no route share the label {@code unmatched}. The job gauges are read from the
 * job service at each scrape, so they are built as snapshots here rather than kept as live metrics.
 */
public final class PrometheusText {

    /** The media type of the exposition format. */
    public static final String MEDIA_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private static final PrometheusTextFormatWriter WRITER = PrometheusTextFormatWriter.create();

    private PrometheusText() {
    }

    /** The build's version as written into the jar manifest, or {@code development}. */
    public static String version() {
        String v = PrometheusText.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Renders everything. */
    public static String render(HttpStats stats, JobService jobs) throws SQLException {
        MetricSnapshots.Builder all = MetricSnapshots.builder();
        GaugeSnapshot.Builder byState = GaugeSnapshot.builder().name("hillmix_jobs").help("Jobs in the database by state.");
        for (Map.Entry<JobState, Long> e : jobs.countsByState().entrySet()) {
            byState.dataPoint(GaugeDataPointSnapshot.builder().labels(Labels.of("state", e.getKey().id()))
                    .value(e.getValue()).build());
        }
        all.metricSnapshot(byState.build());
        all.metricSnapshot(gauge("hillmix_queue_length", "Jobs waiting for a worker.", jobs.queueLength()));
        all.metricSnapshot(gauge("hillmix_queue_capacity", "Most jobs that may wait; more submissions get 429.",
                jobs.queueCapacity()));
        all.metricSnapshot(gauge("hillmix_workers", "Worker threads (jobs that can run at once).", jobs.workers()));
        all.metricSnapshot(gauge("hillmix_workers_busy", "Workers running a job now.", jobs.busyWorkers()));
        for (MetricSnapshot s : stats.snapshot()) {
            all.metricSnapshot(s);
        }
        all.metricSnapshot(InfoSnapshot.builder().name("hillmix_build").help("Build information; the value is always 1.")
                .dataPoint(InfoDataPointSnapshot.builder().labels(Labels.of("version", version(), "jetty",
                        org.eclipse.jetty.server.Server.getVersion(), "java",
                        System.getProperty("java.version", "unknown"))).build())
                .build());
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            WRITER.write(out, all.build());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static GaugeSnapshot gauge(String name, String help, long value) {
        return GaugeSnapshot.builder().name(name).help(help)
                .dataPoint(GaugeDataPointSnapshot.builder().value(value).build()).build();
    }
}
