package org.hillmix.core.progress;

/**
 * A UI-free progress sink for long operations, modelled on Eclipse's {@code IProgressMonitor} so
 * that the workbench can adapt one to the other and the server can report job progress.
 *
 * <p>Operations call {@link #begin(String, long)} once, then {@link #worked(long)} as units
 * complete, and check {@link #checkCancelled()} at safe points. Implementations must be cheap:
 * operations call them in inner loops.
 */
public interface ProgressMonitor {

    /** A monitor that ignores progress and is never cancelled. */
    ProgressMonitor NULL = new ProgressMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Starts a task.
     *
     * @param task human-readable name of the work, e.g. "Generating stimuli"
     * @param totalWork number of units the task will report, or a negative value when unknown
     */
    void begin(String task, long totalWork);

    /** Reports that {@code units} more units of work are done. */
    void worked(long units);

    /** Names the current sub-step; the default ignores it. */
    default void subTask(String name) {
    }

    /** Marks the task finished; the default does nothing. */
    default void done() {
    }

    /** Whether the user asked to cancel the operation. */
    boolean isCancelled();

    /**
     * Throws {@link OperationCancelledException} if cancellation was requested. Call at points
     * where stopping leaves no partial state behind.
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new OperationCancelledException();
        }
    }

    /**
     * A monitor for a sub-task that accounts for {@code units} of this monitor's work: the
     * sub-task's own {@link #begin} total is scaled to {@code units}; its sub-task names and
     * cancellation pass through. Work reported beyond its total is ignored.
     */
    default ProgressMonitor split(long units) {
        ProgressMonitor parent = this;
        return new ProgressMonitor() {
            private long total = -1;
            private long done;
            private long passed;

            @Override
            public void begin(String task, long totalWork) {
                total = totalWork;
                parent.subTask(task);
            }

            @Override
            public void worked(long n) {
                done += n;
                // Forward whole parent units as the sub-task's fraction crosses them.
                long due = total <= 0 ? 0 : Math.min(units, done * units / total);
                if (due > passed) {
                    parent.worked(due - passed);
                    passed = due;
                }
            }

            @Override
            public void subTask(String name) {
                parent.subTask(name);
            }

            @Override
            public void done() {
                if (units > passed) {
                    parent.worked(units - passed);
                    passed = units;
                }
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }

    /** Returns {@code monitor}, or {@link #NULL} when it is {@code null}. */
    static ProgressMonitor orNull(ProgressMonitor monitor) {
        return monitor == null ? NULL : monitor;
    }
}
