package org.hillmix.ui.eval.internal.views;

import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.hillmix.ui.eval.internal.l10n.Messages;

/**
 * The share of a whole evaluation run done so far, from the work units the server reports ({@code begin} with
 * the run's total, then {@code worked}), for the view's status line: "training human-soft, seed 1 — 37% of the
 * run". A stage's own percentage in the server's task name ("(100%)" for a finished stage) is left out, so that
 * the line never claims the whole run is done when only a stage is.
 */
public final class RunProgress {

    private static final Pattern STAGE_PERCENT = Pattern.compile("\\s*\\(\\d{1,3}(?:\\.\\d+)?%\\)\\s*$");

    private long total = -1;
    private long done;

    /** The run starts with {@code totalWork} units ({@code <= 0}: unknown). */
    public synchronized void begin(long totalWork) {
        total = totalWork;
        done = 0;
    }

    /** {@code units} more are done. */
    public synchronized void worked(long units) {
        done += Math.max(0, units);
    }

    /** Whole percent of the run done, at most 100; -1 while the total is unknown. */
    public synchronized int percent() {
        return total <= 0 ? -1 : (int) Math.min(100, Math.floor(100.0 * done / total));
    }

    /** The status line for the server's current task {@code task}. */
    public String line(String task) {
        String stage = STAGE_PERCENT.matcher(task).replaceFirst("");
        int p = percent();
        return p < 0 ? stage : NLS.bind(Messages.Report_runProgress, stage, p);
    }
}
