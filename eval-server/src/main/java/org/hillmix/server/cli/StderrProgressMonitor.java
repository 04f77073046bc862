package org.hillmix.server.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Prints progress of a command to its error stream: one line when a task starts, then one at each
 * further 10% of its work, so long runs stay readable in logs.
 */
final class StderrProgressMonitor implements ProgressMonitor {

    private final PrintWriter err;
    private final String prefix;
    private String task = "";
    private long total;
    private long done;
    private int lastTenth;

    StderrProgressMonitor(PrintWriter err, String prefix) {
        this.err = err;
        this.prefix = prefix;
    }

    @Override
    public void begin(String taskName, long totalWork) {
        task = taskName;
        total = totalWork;
        done = 0;
        lastTenth = 0;
        err.println(prefix + ": " + taskName + (totalWork > 0 ? " (" + totalWork + " steps)" : ""));
        err.flush();
    }

    @Override
    public void worked(long units) {
        done += units;
        if (total <= 0) {
            return;
        }
        int tenth = (int) Math.min(10, done * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.printf(Locale.ROOT, "%s: %s %d%% (%d/%d)%n", prefix, task, tenth * 10, done, total);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
