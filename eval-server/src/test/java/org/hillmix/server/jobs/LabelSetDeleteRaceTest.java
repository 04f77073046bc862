package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.labelsets.LabelFiles;
import org.hillmix.server.labelsets.LabelSetException;
import org.hillmix.server.labelsets.LabelSetStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code DELETE} of a label set running at the same moment as the submission of a job that names it: the job's
 * check (the label set exists) and its storing (from then on {@link LabelSetReferences} sees it) are two steps, and
 * a delete between them must be refused, never leave a queued job whose label set is gone. The queue, its H2 store,
 * the resolver and the label-set store are the server's own; only the evaluation behind the resolver is a stand-in
 * that can hold a submission between the two steps.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LabelSetDeleteRaceTest {

    @TempDir
    Path dir;

    /** Prepares instantly, or, while {@code hold} is set, waits inside prepare until released. */
    private static final class HoldingExecutor implements JobExecutor {
        volatile CountDownLatch entered;
        volatile CountDownLatch release;

        @Override
        public PreparedJob prepare(String configJson) {
            CountDownLatch in = entered;
            CountDownLatch out = release;
            if (in != null) {
                in.countDown();
                try {
                    out.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new PreparedJob() {
                @Override
                public String name() {
                    return "race";
                }

                @Override
                public int runs() {
                    return 1;
                }

                @Override
                public RenderedReport execute(JobProgressListener progress, ProgressMonitor monitor)
                        throws Exception {
                    while (!monitor.isCancelled()) {
                        Thread.sleep(20); // stays running: its label set stays needed
                    }
                    throw new org.hillmix.core.progress.OperationCancelledException();
                }
            };
        }
    }

    private static String job(String labelSet) {
        return "{\"schema\": \"hillmix.job/1\", \"labels\": {\"kind\": \"server\", \"id\": \"" + labelSet + "\"}}";
    }

    @Test
    void aDeleteBetweenASubmissionsCheckAndItsStoringIsRefused() throws Exception {
        LabelSetStore labelSets = new LabelSetStore(dir.resolve("labelsets"), 100, Clock.systemUTC());
        String id = labelSets.put(LabelFiles.journal(dir.resolve("s.jsonl"), 4, 2), "s.jsonl", null).info().id();
        HoldingExecutor inner = new HoldingExecutor();
        try (Database db = Database.open(dir.resolve("server"));
                JobService jobs = new JobService(new JobStore(db), new LabelSetResolver(labelSets, inner),
                        new JobService.Options(1, 8, false, Duration.ofMillis(20), Duration.ofSeconds(5)),
                        Clock.systemUTC())) {
            jobs.start();
            LabelSetReferences references = new LabelSetReferences(new JobStore(db));
            inner.entered = new CountDownLatch(1);
            inner.release = new CountDownLatch(1);
            ExecutorService submitter = Executors.newSingleThreadExecutor();
            try {
                Future<JobRecord> submitted = submitter.submit(() -> jobs.submit(job(id)));
                assertTrue(inner.entered.await(30, TimeUnit.SECONDS), "the submission reached its check");
                // the job is checked but not stored: the job store alone knows nothing of it yet
                assertEquals(Set.of(), references.needed());
                LabelSetException refused = assertThrows(LabelSetException.class,
                        () -> labelSets.delete(id, references::needed));
                assertEquals(LabelSetException.Kind.IN_USE, refused.kind());
                inner.release.countDown();
                JobRecord job = submitted.get(30, TimeUnit.SECONDS);
                assertTrue(labelSets.find(id).isPresent(), "the queued job's label set is there");
                assertEquals(Set.of(id), references.needed(), "the stored job names it now");
                assertThrows(LabelSetException.class, () -> labelSets.delete(id, references::needed));

                jobs.cancel(job.id());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!references.needed().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(labelSets.delete(id, references::needed),
                        "no job needs it any more, and the submission left no pin behind");
            } finally {
                inner.release.countDown();
                submitter.shutdownNow();
            }
        }
    }
}
