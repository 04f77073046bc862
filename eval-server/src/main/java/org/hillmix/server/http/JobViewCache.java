package org.hillmix.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hillmix.server.jobs.JobRecord;

/**
 * The serialised JSON of each job's {@link JobView}, reused while the job has not changed: status polls of a
 * running job between two progress updates, and every poll of a finished job, are answered with bytes made once.
 * A cached entry is used only when the job record (state, times, progress, message) and queue position it was made
 * from are equal to the current ones, so a change can never be served stale; comparing two small records costs
 * far less than building the view and serialising it.
 */
final class JobViewCache {

    /** Jobs kept; beyond this the cache starts again empty (a poller re-fills it with one serialisation). */
    static final int MAX_JOBS = 4096;

    private record Entry(JobRecord job, int queuePosition, byte[] json) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The view of {@code job} as UTF-8 JSON; {@code queuePosition} as in {@link JobView#of}. */
    byte[] json(JobRecord job, int queuePosition) {
        Entry e = entries.get(job.id());
        if (e != null && e.queuePosition() == queuePosition && e.job().equals(job)) {
            return e.json();
        }
        byte[] json = Json.writeBytes(JobView.of(job, queuePosition));
        if (entries.size() >= MAX_JOBS) {
            entries.clear();
        }
        entries.put(job.id(), new Entry(job, queuePosition, json));
        return json;
    }
}
