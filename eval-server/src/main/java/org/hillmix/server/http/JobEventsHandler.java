package org.hillmix.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobState;

/**
 * {@code GET /api/v1/jobs/{id}/events}: a server-sent event stream of the job's progress until it reaches a
 * terminal state.
 *
 * <p>Events: {@code event: progress} with the job JSON whenever it changes (coalesced to at most one per tick,
 * so a runner reporting every step cannot flood a client), then one {@code event: done} with the final job JSON,
 * after which the server ends the response. A comment line ({@code : heartbeat}) goes out when nothing else has
 * for the heartbeat interval, so proxies and idle timeouts keep the connection open.
 *
 * <p>Streams do not hold a thread: a shared scheduler polls each stream's job every tick; a running job is read
 * from memory and only re-serialised when its progress version changed. A write still in flight (slow client)
 * skips the tick instead of queueing data.
 */
public final class JobEventsHandler extends ApiHandler {

    private static final Logger LOG = Logger.getLogger(JobEventsHandler.class.getName());

    private final JobService jobs;
    private final ScheduledExecutorService scheduler;
    private final long tickMillis;
    private final long heartbeatMillis;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();

    /**
     * Streams from {@code jobs}, polling every {@code tickMillis} on {@code scheduler} and sending a heartbeat after
     * {@code heartbeatMillis} of silence.
     */
    public JobEventsHandler(JobService jobs, ScheduledExecutorService scheduler, long tickMillis,
            long heartbeatMillis) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.tickMillis = tickMillis;
        this.heartbeatMillis = heartbeatMillis;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = JobIds.from(ex);
        jobs.get(id).orElseThrow(() -> JobIds.notFound(id));
        Response response = ex.response();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Accel-Buffering", "no");
        ex.takeOver();
        Stream s = new Stream(id, response, ex.callback());
        open.add(s);
        s.tick();
        if (!s.finished.get()) {
            s.task = scheduler.scheduleWithFixedDelay(s::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Open streams right now. */
    public int openStreams() {
        return open.size();
    }

    /** Ends every open stream (server shutdown): each gets a final comment and its response completes. */
    public void closeAll() {
        for (Stream s : open) {
            s.end(": server stopping\n\n");
        }
    }

    /** One client's stream. */
    private final class Stream {
        final String id;
        final Response response;
        final Callback callback;
        final AtomicBoolean writing = new AtomicBoolean();
        final AtomicBoolean finished = new AtomicBoolean();
        volatile ScheduledFuture<?> task;
        String lastJson;
        long lastVersion = Long.MIN_VALUE;
        long lastWriteNanos = System.nanoTime();
        long eventId;

        Stream(String id, Response response, Callback callback) {
            this.id = id;
            this.response = response;
            this.callback = callback;
        }

        /**
         * Sends what changed. The progress version is read before the job, never after: a job
         * read earlier than its version could be older than that version, and remembering the
         * newer version would then suppress the newer snapshot for good (the stream stalled,
         * showing a job that never progresses, while a test runner waited for that snapshot).
         */
        synchronized void tick() {
            if (finished.get() || writing.get()) {
                return;
            }
            try {
                long version = jobs.progressVersion(id);
                if (version >= 0 && version == lastVersion) {
                    heartbeatIfQuiet();
                    return;
                }
                JobRecord job = jobs.get(id).orElse(null);
                if (job == null) {
                    end(": job deleted\n\n");
                    return;
                }
                lastVersion = job.state() == JobState.RUNNING ? version : Long.MIN_VALUE;
                String json = Json.write(JobView.of(job, job.state() == JobState.QUEUED ? jobs.queuePosition(id) : 0));
                if (job.state().isTerminal()) {
                    finish("event: done\nid: " + (++eventId) + "\ndata: " + json + "\n\n");
                } else if (!json.equals(lastJson)) {
                    lastJson = json;
                    String prefix = eventId == 0 ? "retry: 2000\n" : "";
                    write(prefix + "event: progress\nid: " + (++eventId) + "\ndata: " + json + "\n\n", false);
                } else {
                    heartbeatIfQuiet();
                }
            } catch (Exception e) {
                LOG.log(Level.FINE, "event stream for job " + id + " failed", e);
                fail(e);
            }
        }

        private void heartbeatIfQuiet() {
            if (System.nanoTime() - lastWriteNanos >= heartbeatMillis * 1_000_000L) {
                write(": heartbeat\n\n", false);
            }
        }

        private void write(String text, boolean last) {
            writing.set(true);
            lastWriteNanos = System.nanoTime();
            response.write(last, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), new Callback() {
                @Override
                public void succeeded() {
                    writing.set(false);
                    if (last) {
                        callback.succeeded();
                    }
                }

                @Override
                public void failed(Throwable x) {
                    writing.set(false);
                    if (last) {
                        callback.failed(x);
                    } else {
                        fail(x); // the client went away
                    }
                }
            });
        }

        /** Writes the final event and completes the response. */
        private void finish(String text) {
            if (finished.compareAndSet(false, true)) {
                stop();
                write(text, true);
            }
        }

        /** Ends the stream from outside the tick (shutdown); waits for nothing. */
        void end(String text) {
            synchronized (this) {
                if (writing.get()) {
                    if (finished.compareAndSet(false, true)) {
                        stop();
                        callback.failed(new java.io.EOFException("server stopping"));
                    }
                    return;
                }
                finish(text);
            }
        }

        private void fail(Throwable x) {
            if (finished.compareAndSet(false, true)) {
                stop();
                callback.failed(x);
            }
        }

        private void stop() {
            ScheduledFuture<?> t = task;
            if (t != null) {
                t.cancel(false);
            }
            open.remove(this);
        }
    }
}
