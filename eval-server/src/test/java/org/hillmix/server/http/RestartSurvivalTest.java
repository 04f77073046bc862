package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobState;
import org.hillmix.server.jobs.JobStore;
import org.hillmix.server.jobs.ProgressSnapshot;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting the server on the same data directory loses nothing. */
class RestartSurvivalTest {

    @TempDir
    Path dir;

    @Test
    void queuedJobsRunAfterRestartRunningOnesAreInterruptedReportsStay() throws Exception {
        SteppingTestRunner first = new SteppingTestRunner(3, 2);
        String done;
        String running;
        String queued;
        try (TestServer a = TestServer.start(dir, first, b -> b)) {
            done = TestServer.json(a.submit("done")).path("id").asText();
            a.awaitState(done, "succeeded");
            first.hold();
            running = TestServer.json(a.submit("running")).path("id").asText();
            assertTrue(first.awaitFirstStep(20));
            queued = TestServer.json(a.submit("queued")).path("id").asText();
            assertEquals("queued", TestServer.json(a.get("/api/v1/jobs/" + queued)).path("state").asText());
        } // graceful stop while "running" runs and "queued" waits

        SteppingTestRunner second = new SteppingTestRunner(3, 2);
        try (TestServer b = TestServer.start(dir, second, x -> x)) {
            JsonNode interrupted = TestServer.json(b.get("/api/v1/jobs/" + running));
            assertEquals("interrupted", interrupted.path("state").asText());
            assertTrue(interrupted.path("message").asText().contains("server stopped while the job was running"),
                    interrupted.toString());
            assertEquals("hard", interrupted.path("progress").path("regime").asText(),
                    "the last saved progress survives");

            b.awaitState(queued, "succeeded");
            assertEquals(1, second.finished(), "only the queued job ran again");

            JsonNode report = TestServer.json(b.get("/api/v1/jobs/" + done + "/report"));
            assertEquals("done", report.path("name").asText());
            assertEquals(200, b.get("/api/v1/jobs/" + done + "/report.html").statusCode());
            assertEquals(3, TestServer.json(b.get("/api/v1/jobs")).path("total").asInt());
        }
    }

    @Test
    void aJobLeftRunningByACrashIsMarkedInterrupted() throws Exception {
        String id = leaveRunningJob();
        try (TestServer s = TestServer.start(dir, new SteppingTestRunner(2, 1), b -> b)) {
            JsonNode job = TestServer.json(s.get("/api/v1/jobs/" + id));
            assertEquals("interrupted", job.path("state").asText());
            assertTrue(job.path("message").asText().contains("server process ended"), job.toString());
            assertTrue(job.hasNonNull("finishedAt"));
        }
    }

    @Test
    void aJobLeftRunningIsQueuedAgainWhenConfigured() throws Exception {
        String id = leaveRunningJob();
        SteppingTestRunner runner = new SteppingTestRunner(2, 1);
        try (TestServer s = TestServer.start(dir, runner, b -> b.requeueInterrupted(true))) {
            JsonNode job = s.awaitState(id, "succeeded");
            assertEquals(1, runner.finished());
            assertEquals("crashed", job.path("name").asText());
        }
    }

    /** Writes a job in state running straight into the database, as a process killed mid-job leaves it. */
    private String leaveRunningJob() throws Exception {
        try (Database db = Database.open(dir)) {
            JobStore store = new JobStore(db);
            JobRecord job = new JobRecord("crashed-job", "crashed", JobState.QUEUED, Instant.now(), null, null,
                    ProgressSnapshot.NONE, null, false);
            store.insert(job, TestServer.job("crashed"));
            assertTrue(store.transition(job.id(), Set.of(JobState.QUEUED), JobState.RUNNING, Instant.now(), null));
            return job.id();
        }
    }
}
