package org.hillmix.server.http;

import java.util.Optional;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobStore;

/**
 * {@code GET /api/v1/jobs/{id}/report} (JSON) and {@code GET /api/v1/jobs/{id}/report.html} (a standalone page):
 * the report of a succeeded job. 404 for an unknown job, 409 while the job has no report (not finished, failed,
 * cancelled or interrupted).
 *
 * <p>The HTML page is served with a restrictive {@code Content-Security-Policy} (no network access, no plugins,
 * inline styles and scripts only), so that text from a job configuration rendered into it cannot pull in
 * anything from elsewhere.
 */
public final class ReportHandler extends ApiHandler {

    private final JobService jobs;
    private final JobStore store;
    private final boolean html;

    /** Serves the JSON report ({@code html = false}) or the HTML page. */
    public ReportHandler(JobService jobs, JobStore store, boolean html) {
        this.jobs = jobs;
        this.store = store;
        this.html = html;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = JobIds.from(ex);
        Optional<String> body = html ? store.reportHtml(id) : store.reportJson(id);
        if (body.isEmpty()) {
            JobRecord job = jobs.get(id).orElseThrow(() -> JobIds.notFound(id));
            throw ProblemException.conflict("job " + id + " has no report: it is " + job.state().id()
                    + (job.state().isTerminal() ? "" : "; wait until it has succeeded (GET " + JobView.JOBS + "/"
                            + id + "/events streams its progress)"));
        }
        if (html) {
            ex.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                    + "script-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'");
            ex.send(200, "text/html", body.get());
        } else {
            ex.send(200, "application/json", body.get());
        }
    }
}
