package org.hillmix.ui.jobs;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * The core's {@link ProgressMonitor} on top of an Eclipse {@link IProgressMonitor}: progress goes
 * to the Progress view and the job's status line, and the job's Cancel button cancels the
 * operation. Work is counted in {@code long}; Eclipse counts in {@code int}, so large totals are
 * scaled down.
 */
public final class EclipseProgressMonitor implements ProgressMonitor {

    private final IProgressMonitor delegate;
    private long total;
    private long done;
    private int reported;
    private int scaleTotal;

    /** Adapts {@code delegate}. */
    public EclipseProgressMonitor(IProgressMonitor delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void begin(String task, long totalWork) {
        total = totalWork;
        done = 0;
        reported = 0;
        scaleTotal = totalWork < 0 ? IProgressMonitor.UNKNOWN : (int) Math.min(totalWork, 10_000);
        delegate.beginTask(task, scaleTotal);
    }

    @Override
    public void worked(long units) {
        done += units;
        if (total > 0) {
            int due = (int) Math.min(scaleTotal, done * scaleTotal / total);
            if (due > reported) {
                delegate.worked(due - reported);
                reported = due;
            }
        }
    }

    @Override
    public void subTask(String name) {
        delegate.subTask(name);
    }

    @Override
    public void done() {
        delegate.done();
    }

    @Override
    public boolean isCancelled() {
        return delegate.isCanceled();
    }
}
