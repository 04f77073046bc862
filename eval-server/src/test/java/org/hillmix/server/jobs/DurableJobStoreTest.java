package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 defect 1, the part a kill test cannot see: a queued job, a state change and a report must be on the
 * storage device, not only in H2's memory or the page cache, when the job store returns (the server answers right
 * after). The store runs on {@link PowerCutFilePath}, which keeps only forced writes; after a simulated power cut
 * the database is opened again normally. Without {@link Database#forceToDisk} in {@link JobStore} this fails: H2
 * writes commits in the background and never forces its file on its own.
 */
class DurableJobStoreTest {

    @TempDir
    Path dir;

    @Test
    void whatTheStoreReturnedSurvivesAPowerCut() throws Exception {
        PowerCutFilePath.register();
        createEmptyDatabase(); // schema in place, file closed cleanly: the starting point is on the device
        Instant t = Instant.parse("2026-12-02T10:00:00Z");
        JobRecord queued = new JobRecord("job-queued", "q", JobState.QUEUED, t, null, null, ProgressSnapshot.NONE,
                null, false);
        JobRecord done = new JobRecord("job-done", "d", JobState.QUEUED, t, null, null, ProgressSnapshot.NONE, null,
                false);

        Database db = Database.open(dir, PowerCutFilePath.SCHEME);
        JobStore store = new JobStore(db);
        store.insert(done, "{\"name\": \"d\"}");
        assertTrue(store.transition(done.id(), Set.of(JobState.QUEUED), JobState.RUNNING, t.plusSeconds(1), null));
        assertTrue(store.succeed(done.id(), t.plusSeconds(2), "{\"report\": 1}", "<html>report</html>"));
        store.insert(queued, "{\"name\": \"q\"}"); // the last thing told (a 202), right before the cut
        assertTrue(PowerCutFilePath.forces() > 0, "nothing was forced at all");
        PowerCutFilePath.powerCut();
        closeQuietly(db);

        try (Database after = Database.open(dir)) {
            JobStore s = new JobStore(after);
            Optional<JobRecord> q = s.find(queued.id());
            assertTrue(q.isPresent(), "the queued job is lost");
            assertEquals(JobState.QUEUED, q.get().state());
            assertEquals(Optional.of("{\"name\": \"q\"}"), s.config(queued.id()));
            JobRecord d = s.find(done.id()).orElseThrow(() -> new AssertionError("the succeeded job is lost"));
            assertEquals(JobState.SUCCEEDED, d.state());
            assertEquals(Optional.of("{\"report\": 1}"), s.reportJson(done.id()));
            assertEquals(Optional.of("<html>report</html>"), s.reportHtml(done.id()));
        }
    }

    /**
     * H2 makes a commit visible before it writes it: a reader must not see a state until it is forced (a client
     * told {@code succeeded} could otherwise find the job {@code running} after a crash). The store is held between
     * the statement and its force here; a read started meanwhile waits and then sees the durable state. (Holding
     * H2's own write or force instead shows nothing: H2 blocks readers during CHECKPOINT SYNC itself.)
     */
    @Test
    void nobodySeesAStateBeforeItIsOnTheDevice() throws Exception {
        PowerCutFilePath.register();
        createEmptyDatabase();
        Instant t = Instant.parse("2026-12-02T10:00:00Z");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch forcing = new CountDownLatch(1); // committed, not yet forced
        CountDownLatch release = new CountDownLatch(1);
        try (Database db = Database.open(dir, PowerCutFilePath.SCHEME)) {
            try {
                JobStore store = new JobStore(db);
                store.insert(new JobRecord("j", "j", JobState.QUEUED, t, null, null, ProgressSnapshot.NONE, null,
                        false), "{}");
                assertTrue(store.transition("j", Set.of(JobState.QUEUED), JobState.RUNNING, t, null));
                store.beforeForce = () -> {
                    forcing.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                };
                Future<Boolean> writer = threads.submit(() -> store.succeed("j", t, "{}", "<html></html>"));
                assertTrue(forcing.await(30, TimeUnit.SECONDS), "the report was never stored");
                Future<JobState> reader = threads.submit(() -> store.find("j").orElseThrow().state());
                try {
                    assertNotEquals(JobState.SUCCEEDED, reader.get(500, TimeUnit.MILLISECONDS),
                            "a reader saw succeeded while the report was not yet on the device");
                } catch (TimeoutException expected) {
                    // the reader waits for the force, as it should
                }
                release.countDown();
                assertTrue(writer.get(30, TimeUnit.SECONDS));
                assertEquals(JobState.SUCCEEDED, reader.get(30, TimeUnit.SECONDS));
            } finally {
                release.countDown();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The model has teeth: a write H2 committed but nobody forced is gone after the cut. */
    @Test
    void unforcedCommitsAreLostInAPowerCut() throws Exception {
        PowerCutFilePath.register();
        createEmptyDatabase();
        Database db = Database.open(dir, PowerCutFilePath.SCHEME);
        try (var c = db.connection(); var s = c.createStatement()) {
            s.execute("INSERT INTO jobs (id, name, state, config_json, created_at) VALUES "
                    + "('unforced', 'u', 'queued', '{}', TIMESTAMP WITH TIME ZONE '2026-12-02 10:00:00+00')");
        }
        PowerCutFilePath.powerCut();
        closeQuietly(db);
        try (Database after = Database.open(dir)) {
            assertTrue(new JobStore(after).find("unforced").isEmpty(), "an unforced commit survived the model");
        }
    }

    private void createEmptyDatabase() throws Exception {
        try (Database created = Database.open(dir)) {
            assertEquals(0, Schema.migrate(created.dataSource(), SqlDialect.H2, "test"), "schema in place");
        }
    }

    private static void closeQuietly(Database db) {
        try {
            db.close();
        } catch (RuntimeException e) {
            // H2 finds its file gone with the power; the point is only to drop this instance.
        }
    }
}
