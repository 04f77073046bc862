package org.hillmix.server.http;

import org.hillmix.server.jobs.JobService;

/** {@code GET /metrics}: Prometheus metrics (see {@link PrometheusText}). */
public final class MetricsHandler extends ApiHandler {

    private final HttpStats stats;
    private final JobService jobs;

    /** Renders {@code stats} and the state of {@code jobs}. */
    public MetricsHandler(HttpStats stats, JobService jobs) {
        this.stats = stats;
        this.jobs = jobs;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        ex.header("Cache-Control", "no-store");
        ex.send(200, PrometheusText.MEDIA_TYPE, PrometheusText.render(stats, jobs));
    }
}
