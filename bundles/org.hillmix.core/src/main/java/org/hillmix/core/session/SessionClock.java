package org.hillmix.core.session;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The two clocks a session reads: a wall clock for the instants written into judgments
 * ({@code shownAt}, {@code answeredAt}, withdrawals) and a monotonic nanosecond clock for the
 * durations (reaction time, pauses, inactivity), which must not jump when the wall clock is set.
 * Tests and benchmarks hand in clocks they move by hand.
 */
public interface SessionClock {

    /** The current wall-clock instant. */
    Instant instant();

    /** The current reading of a monotonic clock, in nanoseconds from an arbitrary origin. */
    long nanoTime();

    /** The system clocks: {@link InstantSource#system()} and {@link System#nanoTime()}. */
    static SessionClock system() {
        return of(InstantSource.system(), System::nanoTime);
    }

    /** A clock made of {@code wall} and {@code nanoTime}. */
    static SessionClock of(InstantSource wall, LongSupplier nanoTime) {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(nanoTime, "nanoTime");
        return new SessionClock() {
            @Override
            public Instant instant() {
                return wall.instant();
            }

            @Override
            public long nanoTime() {
                return nanoTime.getAsLong();
            }
        };
    }
}
