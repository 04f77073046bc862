package org.hillmix.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobState;

/**
 * {@code GET /api/v1/jobs?limit=20&offset=0&state=running}: a page of jobs, newest first, with the total count and
 * a {@code next} link (also sent as {@code Link: <...>; rel="next"}) while more remain.
 */
public final class ListJobsHandler extends ApiHandler {

    /** Default page size. */
    public static final int DEFAULT_LIMIT = 20;
    /** Largest page size. */
    public static final int MAX_LIMIT = 100;

    private final JobService jobs;

    /** Lists from {@code jobs}. */
    public ListJobsHandler(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        int limit = ex.intQuery("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = ex.intQuery("offset", 0, 0, Integer.MAX_VALUE);
        String stateParam = ex.query("state");
        JobState state = null;
        if (stateParam != null && !stateParam.isEmpty()) {
            try {
                state = JobState.parse(stateParam);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter("state", "query parameter 'state': " + e.getMessage());
            }
        }
        List<JobRecord> page = jobs.list(state, offset, limit);
        long total = jobs.count(state);
        List<JobView> items = new ArrayList<>(page.size());
        for (JobRecord j : page) {
            items.add(JobView.of(j, j.state() == JobState.QUEUED ? jobs.queuePosition(j.id()) : 0));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", total);
        body.put("offset", offset);
        body.put("limit", limit);
        if (offset + (long) items.size() < total) {
            String next = JobView.JOBS + "?limit=" + limit + "&offset=" + (offset + items.size())
                    + (state == null ? "" : "&state=" + state.id());
            body.put("next", next);
            ex.header("Link", "<" + next + ">; rel=\"next\"");
        }
        ex.json(200, body);
    }
}
