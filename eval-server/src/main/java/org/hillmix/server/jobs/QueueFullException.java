package org.hillmix.server.jobs;

/** Thrown when a job is submitted while the queue holds as many jobs as it may. */
public final class QueueFullException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int capacity;

    /** The queue holds {@code capacity} jobs already. */
    public QueueFullException(int capacity) {
        super("the job queue is full (" + capacity + " jobs waiting); retry later or cancel a queued job");
        this.capacity = capacity;
    }

    /** How many queued jobs the server accepts. */
    public int capacity() {
        return capacity;
    }
}
