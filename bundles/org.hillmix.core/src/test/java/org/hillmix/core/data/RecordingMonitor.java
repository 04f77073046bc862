package org.hillmix.core.data;

import org.hillmix.core.progress.ProgressMonitor;

/** Test monitor: records begin/worked and cancels after a given amount of work. */
public final class RecordingMonitor implements ProgressMonitor {

    public long total = Long.MIN_VALUE;
    public long worked;
    public int begins;
    public boolean done;
    private final long cancelAfter;

    /** Never cancels. */
    public RecordingMonitor() {
        this(Long.MAX_VALUE);
    }

    /** Reports cancellation once {@code cancelAfter} units are done. */
    public RecordingMonitor(long cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    @Override
    public void begin(String task, long totalWork) {
        begins++;
        total = totalWork;
    }

    @Override
    public void worked(long units) {
        worked += units;
    }

    @Override
    public void done() {
        done = true;
    }

    @Override
    public boolean isCancelled() {
        return worked >= cancelAfter;
    }
}
