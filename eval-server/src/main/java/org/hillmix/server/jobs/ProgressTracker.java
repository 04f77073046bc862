package org.hillmix.server.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Collects the progress of one running job and answers readers without blocking the runner: the runner thread
 * writes, readers take the latest immutable {@link ProgressSnapshot} from a volatile field. It is also the job's
 * {@link ProgressMonitor}, whose cancellation flag the server sets.
 *
 * <p><b>Overall fraction</b> {@code f}. With fine-grained updates from {@link #update}: a job of {@code R} runs
 * (regimes x seeds) that has started {@code k} distinct (regime, seed) runs is {@code f = ((k - 1) + w) / R}, where
 * the current run is {@code w = ((epoch - 1) + step / steps) / epochs} done (clamped to [0, 1]; an update without
 * step counts reports its epoch as finished). Updates without a regime (loading data, writing the report) keep
 * {@code f}, and {@code f} never decreases. Before the first such update, a monitor task of known size gives
 * {@code f = worked / totalWork}. Otherwise {@code f} is unknown.
 *
 * <p><b>ETA</b>, the estimated seconds left: with {@code t} the seconds since the job started,
 * {@code eta = t * (1 - f) / f}, i.e. the remaining work runs at the average speed so far. Reported only once
 * {@code f >= 0.01} and {@code t >= 0.5 s}, because earlier estimates are dominated by start-up costs.
 */
public final class ProgressTracker implements JobProgressListener, ProgressMonitor {

    private final int runs;
    private final Instant startedAt;
    private final Clock clock;
    private final Set<String> runsSeen = new HashSet<>();

    private volatile ProgressSnapshot snapshot = ProgressSnapshot.NONE;
    private volatile long version;
    private volatile boolean cancelled;

    // Monitor state, written by the runner thread under this object's lock.
    private long totalWork = -1;
    private long worked;
    private String task;

    /**
     * A tracker for a job of {@code runs} training runs that started at {@code startedAt}.
     */
    public ProgressTracker(int runs, Instant startedAt, Clock clock) {
        this.runs = Math.max(1, runs);
        this.startedAt = startedAt;
        this.clock = clock;
    }

    /** The latest progress; never null. */
    public ProgressSnapshot snapshot() {
        return snapshot;
    }

    /** Increases with every change of {@link #snapshot()}; lets a poller skip unchanged progress. */
    public long version() {
        return version;
    }

    /** Asks the runner to stop at its next cancellation check. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public synchronized void update(String phase, String regime, int seed, int epoch, int epochs, long step,
            long steps) {
        Double fraction = snapshot.fraction();
        if (regime != null) {
            runsSeen.add(regime + '\u0000' + seed);
            double within = 0;
            if (epochs > 0) {
                // Without step counts, a reported epoch counts as finished (e.g. "evaluate" after the last epoch).
                double inEpoch = steps > 0 ? Math.min(1.0, Math.max(0.0, (double) step / steps)) : epoch > 0 ? 1 : 0;
                within = clamp((Math.max(0, epoch - 1) + inEpoch) / epochs);
            }
            double f = clamp((runsSeen.size() - 1 + within) / runs);
            fraction = fraction == null ? f : Math.max(fraction, f);
        }
        publish(new ProgressSnapshot(phase, regime, regime == null ? null : seed, epoch > 0 ? epoch : null,
                epochs > 0 ? epochs : null, steps > 0 ? step : null, steps > 0 ? steps : null, fraction,
                fraction == null ? null : eta(fraction)));
    }

    @Override
    public synchronized void begin(String name, long total) {
        task = name;
        totalWork = total;
        worked = 0;
        if (runsSeen.isEmpty()) {
            publish(new ProgressSnapshot(name, null, null, null, null, null, null, total > 0 ? 0.0 : null, null));
        }
    }

    @Override
    public synchronized void worked(long units) {
        worked += units;
        if (runsSeen.isEmpty() && totalWork > 0) {
            double fraction = clamp((double) worked / totalWork);
            publish(new ProgressSnapshot(task, null, null, null, null, worked, totalWork, fraction, eta(fraction)));
        }
    }

    @Override
    public synchronized void subTask(String name) {
        if (runsSeen.isEmpty()) {
            ProgressSnapshot s = snapshot;
            publish(new ProgressSnapshot(name, s.regime(), s.seed(), s.epoch(), s.epochs(), s.step(), s.steps(),
                    s.fraction(), s.etaSeconds()));
        }
    }

    private Double eta(double fraction) {
        double elapsed = (clock.millis() - startedAt.toEpochMilli()) / 1000.0;
        if (fraction < 0.01 || elapsed < 0.5) {
            return null;
        }
        return elapsed * (1 - fraction) / fraction;
    }

    private void publish(ProgressSnapshot s) {
        snapshot = s;
        version++;
    }

    private static double clamp(double v) {
        return Math.min(1.0, Math.max(0.0, v));
    }
}
