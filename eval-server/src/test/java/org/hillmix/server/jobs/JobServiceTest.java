package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue without HTTP: order, capacity, concurrency, cancellation races and shutdown. */
class JobServiceTest {

    @TempDir
    Path dir;

    /** Configs are just names; each job waits until the test releases it (or it is cancelled). */
    static final class GatedExecutor implements JobExecutor {
        final List<String> started = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(1);

        @Override
        public JobPlan plan(String configJson) {
            if (configJson.isBlank()) {
                throw new IllegalArgumentException("name is missing");
            }
            return new JobPlan(configJson, 1);
        }

        @Override
        public RenderedReport execute(String configJson, JobProgressListener progress, ProgressMonitor monitor)
                throws Exception {
            progress.update("train", "hard", 0, 1, 1, 0, 1);
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.add(configJson);
            try {
                while (!gate.await(5, TimeUnit.MILLISECONDS)) {
                    monitor.checkCancelled();
                }
                return new RenderedReport("{\"name\":\"" + configJson + "\"}", "<html></html>");
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private JobService service(Database db, GatedExecutor ex, int workers, int capacity) throws Exception {
        JobService s = new JobService(new JobStore(db), ex, new JobService.Options(workers, capacity, false,
                Duration.ofMillis(20), Duration.ofSeconds(5)), Clock.systemUTC());
        s.start();
        return s;
    }

    private static JobRecord await(JobService s, String id, JobState state) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            JobRecord j = s.get(id).orElseThrow();
            if (j.state() == state) {
                return j;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(id + " never reached " + state + ": " + s.get(id));
    }

    private static void awaitStarted(GatedExecutor ex, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (ex.started.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(n, ex.started.size(), "started: " + ex.started);
    }

    @Test
    void oneWorkerRunsJobsInSubmissionOrderAndRefusesAFullQueue() throws Exception {
        GatedExecutor ex = new GatedExecutor();
        try (Database db = Database.open(dir, false); JobService s = service(db, ex, 1, 2)) {
            String a = s.submit("a").id();
            awaitStarted(ex, 1);
            String b = s.submit("b").id();
            String c = s.submit("c").id();
            assertEquals(1, s.queuePosition(b));
            assertEquals(2, s.queuePosition(c));
            QueueFullException full = assertThrows(QueueFullException.class, () -> s.submit("d"));
            assertEquals(2, full.capacity());
            assertEquals(2, s.queueLength());
            assertEquals(1, s.busyWorkers());
            assertEquals(JobState.RUNNING, s.get(a).orElseThrow().state());
            assertEquals("hard", s.get(a).orElseThrow().progress().regime());

            ex.gate.countDown();
            await(s, c, JobState.SUCCEEDED);
            assertEquals(List.of("a", "b", "c"), ex.started);
            assertEquals(1, ex.maxRunning.get(), "never two at once with one worker");
            assertEquals("{\"name\":\"b\"}", new JobStore(db).reportJson(b).orElseThrow());
            assertThrows(IllegalArgumentException.class, () -> s.submit(" "));
        }
    }

    @Test
    void twoWorkersRunTwoJobsAtOnce() throws Exception {
        GatedExecutor ex = new GatedExecutor();
        try (Database db = Database.open(dir, false); JobService s = service(db, ex, 2, 4)) {
            s.submit("a");
            s.submit("b");
            String c = s.submit("c").id();
            awaitStarted(ex, 2);
            assertEquals(2, s.busyWorkers());
            assertEquals(JobState.QUEUED, s.get(c).orElseThrow().state());
            ex.gate.countDown();
            await(s, c, JobState.SUCCEEDED);
            assertEquals(2, ex.maxRunning.get());
        }
    }

    @Test
    void cancelOutcomes() throws Exception {
        GatedExecutor ex = new GatedExecutor();
        try (Database db = Database.open(dir, false); JobService s = service(db, ex, 1, 4)) {
            String a = s.submit("a").id();
            awaitStarted(ex, 1);
            String b = s.submit("b").id();
            assertEquals(JobService.CancelOutcome.CANCELLED, s.cancel(b));
            assertEquals(0, s.queueLength());
            assertEquals(JobService.CancelOutcome.REQUESTED, s.cancel(a));
            await(s, a, JobState.CANCELLED);
            assertEquals(JobService.CancelOutcome.ALREADY_FINISHED, s.cancel(a));
            assertEquals(JobService.CancelOutcome.NOT_FOUND, s.cancel("nope"));
            assertEquals(List.of("a"), ex.started, "the cancelled queued job never started");
        }
    }

    @Test
    void closingInterruptsRunningJobsAndKeepsQueuedOnes() throws Exception {
        GatedExecutor ex = new GatedExecutor();
        String a;
        String b;
        try (Database db = Database.open(dir, false)) {
            JobService s = service(db, ex, 1, 4);
            a = s.submit("a").id();
            awaitStarted(ex, 1);
            b = s.submit("b").id();
            s.close();
            JobStore store = new JobStore(db);
            assertEquals(JobState.INTERRUPTED, store.find(a).orElseThrow().state());
            assertTrue(store.find(a).orElseThrow().message().contains("server stopped"));
            assertEquals(JobState.QUEUED, store.find(b).orElseThrow().state());
            assertThrows(IllegalStateException.class, () -> s.submit("c"));
        }
        GatedExecutor next = new GatedExecutor();
        next.gate.countDown();
        try (Database db = Database.open(dir, false); JobService s = service(db, next, 1, 4)) {
            await(s, b, JobState.SUCCEEDED);
            assertEquals(List.of("b"), next.started);
            assertEquals(JobState.INTERRUPTED, s.get(a).orElseThrow().state());
        }
    }

    @Test
    void finishedAndRunningJobsAreAnsweredWithoutTheDatabase() throws Exception {
        GatedExecutor ex = new GatedExecutor();
        Database db = Database.open(dir, false);
        JobService s = service(db, ex, 1, 4);
        try {
            String done = s.submit("done").id();
            ex.gate.countDown();
            JobRecord finished = await(s, done, JobState.SUCCEEDED);
            ex.gate = new CountDownLatch(1);
            String live = s.submit("live").id();
            awaitStarted(ex, 2);
            await(s, live, JobState.RUNNING);
            String queued = s.submit("queued").id();

            db.close(); // from here on, every database read fails
            assertEquals(finished, s.get(done).orElseThrow(), "a finished job never changes: kept after one read");
            assertEquals(JobState.RUNNING, s.get(live).orElseThrow().state(), "a running job lives in memory");
            // the closed pool throws IllegalStateException: proof that a queued job is still read from the database
            // (its state can change under the queue, so it is not kept)
            assertThrows(IllegalStateException.class, () -> s.get(queued));
        } finally {
            s.close();
        }
    }
}
