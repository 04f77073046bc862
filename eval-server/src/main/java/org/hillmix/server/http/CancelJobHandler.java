package org.hillmix.server.http;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobService;

/**
 * {@code POST /api/v1/jobs/{id}/cancel} and {@code DELETE /api/v1/jobs/{id}}: cancels a queued job at once (200),
 * or asks a running one to stop (202; it becomes {@code cancelled} when its runner reaches a cancellation check).
 * A finished job gives 409 and stays as it is.
 */
public final class CancelJobHandler extends ApiHandler {

    private final JobService jobs;

    /** Cancels in {@code jobs}. */
    public CancelJobHandler(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = JobIds.from(ex);
        JobService.CancelOutcome outcome = jobs.cancel(id);
        if (outcome == JobService.CancelOutcome.NOT_FOUND) {
            throw JobIds.notFound(id);
        }
        JobRecord job = jobs.get(id).orElseThrow(() -> JobIds.notFound(id));
        switch (outcome) {
            case CANCELLED -> ex.json(200, JobView.of(job, 0));
            case REQUESTED -> ex.json(202, JobView.of(job, 0));
            default -> throw ProblemException.conflict("job " + id + " has already finished (" + job.state().id()
                    + "); there is nothing to cancel");
        }
    }
}
