package org.hillmix.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link SessionClock} that moves only when told to: both readings advance together by {@link
 * #advance(Duration)}. For tests and for replaying a session's timing; thread-safe.
 */
public final class ManualClock implements SessionClock {

    private Instant wall;
    private long nanos;

    /** A clock at {@code start}, its monotonic reading at {@code startNanos}. */
    public ManualClock(Instant start, long startNanos) {
        this.wall = Objects.requireNonNull(start, "start");
        this.nanos = startNanos;
    }

    @Override
    public synchronized Instant instant() {
        return wall;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    /**
     * Moves both readings forward by {@code by}.
     *
     * @throws IllegalArgumentException when {@code by} is negative (a monotonic clock never goes back)
     */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a monotonic clock cannot go back; got " + by);
        }
        wall = wall.plus(by);
        nanos += by.toNanos();
    }
}
