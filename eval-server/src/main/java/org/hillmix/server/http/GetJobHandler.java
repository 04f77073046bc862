package org.hillmix.server.http;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobState;

/**
 * {@code GET /api/v1/jobs/{id}}: a job's state and progress (phase, regime, seed, epoch, step, ETA). The most
 * polled route: running and finished jobs come from memory ({@link JobService#get}) and their JSON is made once
 * per change ({@link JobViewCache}).
 */
public final class GetJobHandler extends ApiHandler {

    private final JobService jobs;
    private final JobViewCache views = new JobViewCache();

    /** Reads from {@code jobs}. */
    public GetJobHandler(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = JobIds.from(ex);
        JobRecord job = jobs.get(id).orElseThrow(() -> JobIds.notFound(id));
        ex.header("Cache-Control", "no-store");
        ex.json(200, views.json(job, job.state() == JobState.QUEUED ? jobs.queuePosition(id) : 0));
    }
}
