package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hillmix.core.progress.OperationCancelledException;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void fractionAndEtaFromRunsEpochsAndSteps() {
        Clock at10s = Clock.fixed(START.plus(Duration.ofSeconds(10)), ZoneOffset.UTC);
        ProgressTracker t = new ProgressTracker(4, START, at10s); // 2 regimes x 2 seeds
        assertEquals(ProgressSnapshot.NONE, t.snapshot());
        // Loading data (no regime) is not a run.
        t.update("data", null, 0, 0, 0, 0, 0);
        assertNull(t.snapshot().fraction());
        assertEquals("data", t.snapshot().phase());

        // First run, epoch 2 of 4, half-way: w = (1 + 5/10) / 4 = 0.375; f = (0 + 0.375) / 4 = 0.09375.
        t.update("train", "hard", 0, 2, 4, 5, 10);
        ProgressSnapshot s = t.snapshot();
        assertEquals(0.09375, s.fraction(), 1e-12);
        // eta = 10 s * (1 - 0.09375) / 0.09375 = 96.666... s
        assertEquals(10 * (1 - 0.09375) / 0.09375, s.etaSeconds(), 1e-9);
        assertEquals("hard", s.regime());
        assertEquals(2, s.epoch());

        // Second run starts: f = (1 + 0) / 4 = 0.25, eta = 10 * 0.75 / 0.25 = 30 s.
        t.update("train", "hard", 1, 1, 4, 0, 10);
        assertEquals(0.25, t.snapshot().fraction(), 1e-12);
        assertEquals(30.0, t.snapshot().etaSeconds(), 1e-9);
        // Repeating a run does not count it twice; "evaluate" without steps reports the last epoch finished:
        // f = (1 + 4/4) / 4 = 0.5.
        t.update("evaluate", "hard", 1, 4, 4, 0, 0);
        assertEquals(0.5, t.snapshot().fraction(), 1e-12);
        assertNull(t.snapshot().step());
        // Writing the report keeps the fraction.
        t.update("report", null, 0, 0, 0, 0, 0);
        assertEquals(0.5, t.snapshot().fraction(), 1e-12);
        assertEquals(5, t.version());
    }

    @Test
    void noEtaBeforeOnePercentOrHalfASecond() {
        ProgressTracker early = new ProgressTracker(1, START, Clock.fixed(START.plusMillis(400), ZoneOffset.UTC));
        early.update("train", "hard", 0, 1, 1, 5, 10);
        assertEquals(0.5, early.snapshot().fraction(), 1e-12);
        assertNull(early.snapshot().etaSeconds(), "less than 0.5 s elapsed");

        ProgressTracker slow = new ProgressTracker(1, START, Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC));
        slow.update("train", "hard", 0, 1, 1, 1, 1000);
        assertNull(slow.snapshot().etaSeconds(), "less than 1% done");
    }

    @Test
    void monitorWorkWhenNoFineGrainedUpdates() {
        ProgressTracker t = new ProgressTracker(1, START, Clock.fixed(START.plusSeconds(8), ZoneOffset.UTC));
        t.begin("loading", 200);
        assertEquals(0.0, t.snapshot().fraction());
        t.worked(50);
        assertEquals(0.25, t.snapshot().fraction(), 1e-12);
        assertEquals(24.0, t.snapshot().etaSeconds(), 1e-9); // 8 * 0.75 / 0.25
        assertEquals("loading", t.snapshot().phase());
    }

    @Test
    void cancellation() {
        ProgressTracker t = new ProgressTracker(1, START, Clock.systemUTC());
        t.checkCancelled();
        t.cancel();
        assertTrue(t.isCancelled());
        assertThrows(OperationCancelledException.class, t::checkCancelled);
    }
}
