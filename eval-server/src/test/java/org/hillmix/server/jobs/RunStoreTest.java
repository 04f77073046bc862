package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims, leases and results of runs, on PostgreSQL (shared by servers) and on H2. */
class RunStoreTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void concurrentClaimsOnPostgresNeverShareARun() throws Exception {
        try (Database db = Database.connect(PostgresForTests.freshDatabase())) {
            RunStore runs = new RunStore(db);
            job(db, "j", 12);
            runs.addRuns("j", 12);
            int claimers = 6;
            ExecutorService pool = Executors.newFixedThreadPool(claimers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Integer>>> got = new ArrayList<>();
            for (int s = 0; s < claimers; s++) {
                String server = "server-" + s;
                got.add(pool.submit(() -> {
                    go.await();
                    List<Integer> mine = new ArrayList<>();
                    for (Optional<RunStore.Claim> c; (c = runs.claim(server, T0, LEASE)).isPresent(); ) {
                        mine.add(c.get().index());
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : got) {
                all.addAll(f.get());
            }
            pool.shutdown();
            Collections.sort(all);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                expected.add(i);
            }
            assertEquals(expected, all, "every run claimed exactly once");
            assertEquals(0, runs.claimable(T0));
        }
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAndTheFirstHolderCanNeitherRenewNorFinish() throws Exception {
        try (Database db = Database.connect(PostgresForTests.freshDatabase())) {
            check(db);
        }
    }

    @Test
    void theSameOnH2() throws Exception {
        try (Database db = Database.open(dir)) {
            check(db);
        }
    }

    private static void check(Database db) throws Exception {
        RunStore runs = new RunStore(db);
        job(db, "old", 2);
        job(db, "new", 1);
        runs.addRuns("new", 1);
        runs.addRuns("old", 2);
        RunStore.Claim a = runs.claim("a", T0, LEASE).orElseThrow();
        assertEquals(new RunStore.Claim("old", 0, 1, "a"), a, "the oldest job's first run first");
        RunStore.Claim b = runs.claim("b", T0, LEASE).orElseThrow();
        assertEquals(new RunStore.Claim("old", 1, 1, "b"), b);
        assertEquals(1, runs.claimable(T0));
        assertTrue(runs.renew(a, T0.plusSeconds(60)), "a renews in time");
        // b's server dies: its lease (to T0 + 30 s) runs out; a's (to T0 + 60 s) does not
        Instant later = T0.plusSeconds(45);
        assertEquals(2, runs.claimable(later), "new/0 and the expired old/1");
        RunStore.Claim c = runs.claim("c", later, LEASE).orElseThrow();
        assertEquals(new RunStore.Claim("old", 1, 2, "c"), c, "claimed again, second attempt");
        assertFalse(runs.renew(b, later), "b lost its lease");
        assertFalse(runs.finish(b, "{\"from\": \"b\"}", later), "b cannot complete the run");
        assertTrue(runs.finish(c, "{\"from\": \"c\"}", later));
        assertFalse(runs.finish(c, "{\"again\": true}", later), "a run completes once");
        assertEquals(Optional.empty(), runs.results("old"), "old/0 is still running");
        assertTrue(runs.finish(a, "{\"from\": \"a\"}", later));
        assertEquals(Optional.of(List.of("{\"from\": \"a\"}", "{\"from\": \"c\"}")), runs.results("old"));
        assertEquals(0, runs.unfinished("old"));
        assertEquals(1, runs.unfinished("new"));
        Set<String> servers = new HashSet<>();
        runs.claim("d", later, LEASE).ifPresent(x -> servers.add(x.jobId()));
        assertEquals(Set.of("new"), servers);
        assertEquals(Optional.empty(), runs.claim("e", later, LEASE));
    }

    private static void job(Database db, String id, int runs) throws Exception {
        new JobStore(db).insert(new JobRecord(id, id, JobState.QUEUED, T0, null, null, ProgressSnapshot.NONE, null,
                false), "{\"runs\": " + runs + "}");
    }
}
