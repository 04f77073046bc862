package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobState;
import org.hillmix.server.jobs.ProgressSnapshot;
import org.junit.jupiter.api.Test;

/** Cached job JSON: reused only while nothing about the job changed, and equal to a fresh serialisation. */
class JobViewCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private static JobRecord running(int epoch) {
        return new JobRecord("j1", "bench", JobState.RUNNING, T0, T0.plusSeconds(1), null,
                new ProgressSnapshot("train", "hard", 0, epoch, 10, 3L, 9L, epoch / 10.0, 12.5), null, false);
    }

    @Test
    void sameRecordGivesTheSameBytesAChangedOneFreshBytes() {
        JobViewCache cache = new JobViewCache();
        byte[] first = cache.json(running(1), 0);
        assertEquals(Json.write(JobView.of(running(1), 0)), new String(first, StandardCharsets.UTF_8));
        assertSame(first, cache.json(running(1), 0), "an equal record (a new instance) reuses the bytes");

        byte[] next = cache.json(running(2), 0);
        assertNotSame(first, next);
        assertEquals(Json.write(JobView.of(running(2), 0)), new String(next, StandardCharsets.UTF_8));

        JobRecord done = new JobRecord("j1", "bench", JobState.SUCCEEDED, T0, T0.plusSeconds(1), T0.plusSeconds(9),
                running(2).progress(), null, true);
        String doneJson = new String(cache.json(done, 0), StandardCharsets.UTF_8);
        assertEquals(Json.write(JobView.of(done, 0)), doneJson);
        assertEquals(true, doneJson.contains("\"state\":\"succeeded\"") && doneJson.contains("/report"), doneJson);
    }

    @Test
    void aNewQueuePositionIsNotServedFromTheCache() {
        JobViewCache cache = new JobViewCache();
        JobRecord queued = new JobRecord("q", null, JobState.QUEUED, T0, null, null, ProgressSnapshot.NONE, null,
                false);
        String third = new String(cache.json(queued, 3), StandardCharsets.UTF_8);
        String first = new String(cache.json(queued, 1), StandardCharsets.UTF_8);
        assertEquals(true, third.contains("\"queuePosition\":3"), third);
        assertEquals(true, first.contains("\"queuePosition\":1"), first);
    }
}
