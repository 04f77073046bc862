package org.hillmix.server.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobState;
import org.hillmix.server.jobs.ProgressSnapshot;

/**
 * The JSON form of a job in API responses.
 *
 * @param id the job id
 * @param name the job's name, or null
 * @param state queued, running, succeeded, failed, cancelled or interrupted
 * @param createdAt submission time (ISO-8601, UTC)
 * @param startedAt start time, or null
 * @param finishedAt finish time, or null
 * @param queuePosition 1-based place in the queue while queued, otherwise null
 * @param progress the latest progress (ETA only while running)
 * @param message why the job failed, was cancelled or interrupted, or null
 * @param links related resources: self, events, cancel, and report/reportHtml once a report exists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String id, String name, JobState state, String createdAt, String startedAt,
        String finishedAt, Integer queuePosition, ProgressSnapshot progress, String message,
        Map<String, String> links) {

    /** Base path of job resources. */
    public static final String JOBS = "/api/v1/jobs";

    /** The view of {@code job}; {@code queuePosition} is used only while it is queued (0 = unknown). */
    public static JobView of(JobRecord job, int queuePosition) {
        String self = JOBS + "/" + job.id();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("events", self + "/events");
        if (!job.state().isTerminal()) {
            links.put("cancel", self + "/cancel");
        }
        if (job.hasReport()) {
            links.put("report", self + "/report");
            links.put("reportHtml", self + "/report.html");
        }
        return new JobView(job.id(), job.name(), job.state(), time(job.createdAt()), time(job.startedAt()),
                time(job.finishedAt()), job.state() == JobState.QUEUED && queuePosition > 0 ? queuePosition : null,
                job.progress(), job.message(), links);
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
