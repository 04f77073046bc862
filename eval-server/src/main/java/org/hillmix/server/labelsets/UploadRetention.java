package org.hillmix.server.labelsets;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes uploads that no job needs once they have not been used for the retention time: runs
 * {@link LabelSetStore#sweep(Duration, Set)} (and, when given, {@code DatasetStore#sweepUploads}) now and then (a quarter of the retention time, at least every ten
 * minutes, at most every second) with the ids that queued and running jobs refer to.
 */
public final class UploadRetention {

    private static final Logger LOG = Logger.getLogger(UploadRetention.class.getName());

    private final LabelSetStore labelSets;
    private final Duration retention;
    private final Callable<Set<String>> needed;
    private org.hillmix.server.datasets.DatasetStore datasets;
    private Callable<Set<String>> neededDatasets;

    /**
     * A sweeper of {@code labelSets}.
     *
     * @param retention how long an unused upload is kept
     * @param needed the label-set ids queued and running jobs refer to
     */
    public UploadRetention(LabelSetStore labelSets, Duration retention, Callable<Set<String>> needed) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the upload retention must be positive, got " + retention);
        }
        this.labelSets = labelSets;
        this.retention = retention;
        this.needed = needed;
    }

    /**
     * Sweeps uploaded data sets of {@code store} too, sparing those {@code needed} returns.
     *
     * @return this
     */
    public UploadRetention alsoDatasets(org.hillmix.server.datasets.DatasetStore store, Callable<Set<String>> needed) {
        this.datasets = store;
        this.neededDatasets = needed;
        return this;
    }

    /** The sweep interval. */
    public Duration interval() {
        Duration quarter = retention.dividedBy(4);
        Duration max = Duration.ofMinutes(10);
        Duration min = Duration.ofSeconds(1);
        return quarter.compareTo(max) > 0 ? max : quarter.compareTo(min) < 0 ? min : quarter;
    }

    /** Sweeps every {@link #interval()} on {@code scheduler}, the first time at once. */
    public void schedule(ScheduledExecutorService scheduler) {
        long ms = interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, ms, TimeUnit.MILLISECONDS);
    }

    /** One sweep; failures are logged, and the next sweep tries again. */
    void sweepQuietly() {
        try {
            sweep();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "removing unused uploads failed; retrying in " + interval(), e);
        }
    }

    /** One sweep now. */
    public void sweep() throws Exception {
        Set<String> inUse = needed.call();
        try {
            labelSets.sweep(retention, inUse);
        } catch (IOException e) {
            throw new IOException("cannot sweep " + labelSets.root() + ": " + e.getMessage(), e);
        }
        if (datasets != null) {
            List<String> removed = datasets.sweepUploads(retention, neededDatasets.call());
            if (!removed.isEmpty()) {
                LOG.info("removed " + removed.size() + " uploaded data sets unused for " + retention + ": " + removed);
            }
        }
    }
}
