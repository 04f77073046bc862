package org.hillmix.server.jobs;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * The job queue: accepts jobs into the database, runs them on a bounded pool of worker threads and answers status
 * queries.
 *
 * <p><b>Persistence.</b> The database is the record of every job; the in-memory queue only orders the queued
 * ones. {@link #start()} recovers after a restart: jobs left {@code running} by a process that ended become
 * {@code interrupted} (or {@code queued} again with {@link Options#requeueInterrupted()}), and queued jobs are
 * queued again in submission order.
 *
 * <p><b>Concurrency.</b> Status reads never wait for a running job: a running job's progress lives in its
 * {@link ProgressTracker} (volatile reads) and everything else is one short SQL statement. The runner never waits
 * for the database either: a scheduler thread persists progress every {@link Options#persistInterval()}. State
 * changes are conditional updates, so a cancel racing a worker's start resolves to exactly one outcome.
 */
public final class JobService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JobService.class.getName());
    private static final Set<JobState> ACTIVE = EnumSet.of(JobState.QUEUED, JobState.RUNNING);
    /** Finished jobs {@link #get} keeps in memory; beyond this it starts again empty. */
    private static final int MAX_FINISHED_IN_MEMORY = 4096;

    /**
     * Queue settings.
     *
     * @param workers how many jobs run at once (at least 1)
     * @param queueCapacity how many jobs may wait (at least 1)
     * @param requeueInterrupted whether a job interrupted by a restart or shutdown is queued again instead of
     *        being marked {@code interrupted}
     * @param persistInterval how often a running job's progress is written to the database
     * @param stopTimeout how long {@link #close()} waits for running jobs to honour cancellation
     */
    public record Options(int workers, int queueCapacity, boolean requeueInterrupted, Duration persistInterval,
            Duration stopTimeout) {

        /** Checks the values. */
        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, got " + workers);
            }
            if (queueCapacity < 1) {
                throw new IllegalArgumentException("queue capacity must be at least 1, got " + queueCapacity);
            }
        }

        /** One worker, 16 queued jobs, interrupted jobs stay interrupted, progress saved every second. */
        public static Options defaults() {
            return new Options(1, 16, false, Duration.ofSeconds(1), Duration.ofSeconds(30));
        }
    }

    /** What a cancel request did. */
    public enum CancelOutcome {
        /** The job was queued and is now cancelled. */
        CANCELLED,
        /** The job is running; it was asked to stop and becomes {@code cancelled} when its runner stops. */
        REQUESTED,
        /** The job had already finished; nothing changed. */
        ALREADY_FINISHED,
        /** No such job. */
        NOT_FOUND
    }

    /** A job being run by a worker; {@code running} is its database row once it entered state running. */
    private static final class LiveJob {
        final String id;
        final ProgressTracker tracker;
        volatile JobRecord running;

        LiveJob(String id, ProgressTracker tracker) {
            this.id = id;
            this.tracker = tracker;
        }

        String id() {
            return id;
        }

        ProgressTracker tracker() {
            return tracker;
        }
    }

    private final JobStore store;
    private final JobExecutor executor;
    private final Options options;
    private final Clock clock;
    private final LinkedBlockingDeque<String> queue = new LinkedBlockingDeque<>();
    private final Map<String, LiveJob> live = new ConcurrentHashMap<>();
    private final Map<String, Long> persistedVersions = new ConcurrentHashMap<>();
    /** Jobs submitted to this process, as read at submission, so that a worker need not read them again. */
    private final Map<String, JobExecutor.PreparedJob> prepared = new ConcurrentHashMap<>();
    /** Finished jobs as last read: a job in a terminal state never changes again (see {@link #get}). */
    private final Map<String, JobRecord> finished = new ConcurrentHashMap<>();
    private final Object submitLock = new Object();
    private final AtomicInteger busy = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private final ScheduledExecutorService persister;
    private volatile boolean stopping;

    /** A service over {@code store}; call {@link #start()} before use. */
    public JobService(JobStore store, JobExecutor executor, Options options, Clock clock) {
        this.store = store;
        this.executor = executor;
        this.options = options;
        this.clock = clock;
        this.persister = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hillmix-progress-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Recovers jobs left by a previous process (see class doc) and starts the workers. */
    public synchronized void start() throws SQLException {
        Instant now = clock.instant();
        for (String id : store.ids(JobState.RUNNING)) {
            if (options.requeueInterrupted()) {
                store.transition(id, Set.of(JobState.RUNNING), JobState.QUEUED,
                        now, "re-queued: the server restarted while the job was running");
            } else {
                store.transition(id, Set.of(JobState.RUNNING), JobState.INTERRUPTED, now,
                        "interrupted: the server process ended while the job was running; submit it again");
            }
        }
        queue.addAll(store.ids(JobState.QUEUED));
        for (int i = 0; i < options.workers(); i++) {
            Thread t = new Thread(this::workLoop, "hillmix-worker-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        long ms = Math.max(50, options.persistInterval().toMillis());
        persister.scheduleWithFixedDelay(this::persistProgress, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * Validates and queues a job.
     *
     * @throws IllegalArgumentException when the configuration is invalid (see {@link JobExecutor#prepare(String)})
     * @throws QueueFullException when {@link Options#queueCapacity()} jobs are waiting already
     * @throws IllegalStateException when the service is stopping
     */
    public JobRecord submit(String configJson) throws QueueFullException, SQLException {
        JobExecutor.PreparedJob plan = executor.prepare(configJson);
        try {
            synchronized (submitLock) {
                if (stopping) {
                    throw new IllegalStateException("the server is shutting down and accepts no new jobs");
                }
                if (queue.size() >= options.queueCapacity()) {
                    throw new QueueFullException(options.queueCapacity());
                }
                JobRecord job = new JobRecord(UUID.randomUUID().toString(), plan.name(), JobState.QUEUED,
                        clock.instant(), null, null, ProgressSnapshot.NONE, null, false);
                store.insert(job, configJson);
                prepared.put(job.id(), plan);
                queue.addLast(job.id());
                return job;
            }
        } finally {
            // stored (its configuration now names what it needs) or refused: what prepare held is free again
            plan.submitted();
        }
    }

    /**
     * The job with this id, with live progress if it is running. Running and finished jobs are answered from
     * memory, without a database query: a running job's row does not change while it runs, only its progress does,
     * and a job in a terminal state never changes again (no transition leaves one), so its row is kept after the
     * first read. Only queued jobs and unknown ids are read from the database.
     */
    public Optional<JobRecord> get(String id) throws SQLException {
        LiveJob running = live.get(id);
        JobRecord row = running == null ? null : running.running;
        if (row != null) {
            return Optional.of(row.withProgress(running.tracker().snapshot()));
        }
        JobRecord done = finished.get(id);
        if (done != null) {
            return Optional.of(done);
        }
        Optional<JobRecord> stored = store.find(id);
        if (stored.isPresent() && stored.get().state().isTerminal()) {
            if (finished.size() >= MAX_FINISHED_IN_MEMORY) {
                finished.clear();
            }
            finished.put(id, stored.get());
            return stored;
        }
        LiveJob l = live.get(id);
        if (l != null && stored.isPresent() && stored.get().state() == JobState.RUNNING) {
            return Optional.of(stored.get().withProgress(l.tracker().snapshot()));
        }
        return stored;
    }

    /** A page of jobs, newest first, running ones with live progress. */
    public List<JobRecord> list(JobState state, int offset, int limit) throws SQLException {
        List<JobRecord> page = store.list(state, offset, limit);
        List<JobRecord> out = new ArrayList<>(page.size());
        for (JobRecord j : page) {
            LiveJob l = live.get(j.id());
            out.add(l != null && j.state() == JobState.RUNNING ? j.withProgress(l.tracker().snapshot()) : j);
        }
        return out;
    }

    /** How many jobs there are in {@code state} (all when null). */
    public long count(JobState state) throws SQLException {
        return store.count(state);
    }

    /** Job counts by state. */
    public Map<JobState, Long> countsByState() throws SQLException {
        return store.countsByState();
    }

    /** 1-based position of a queued job in the queue, or 0 when it is not queued here. */
    public int queuePosition(String id) {
        int i = 1;
        for (String q : queue) {
            if (q.equals(id)) {
                return i;
            }
            i++;
        }
        return 0;
    }

    /**
     * Cancels a queued job, or asks a running one to stop; a running job ends {@code cancelled} unless it finished
     * before its runner next checked for cancellation.
     */
    public CancelOutcome cancel(String id) throws SQLException {
        LiveJob l = live.get(id);
        if (l != null) {
            // Flag first: if a worker is just starting this job, it sees the flag at its first check.
            l.tracker().cancel();
        }
        if (store.transition(id, Set.of(JobState.QUEUED), JobState.CANCELLED, clock.instant(), "cancelled while queued")) {
            queue.remove(id);
            prepared.remove(id);
            return CancelOutcome.CANCELLED;
        }
        if (l != null) {
            // It was running here when flagged (it may since have stopped, or finished just before the flag).
            return CancelOutcome.REQUESTED;
        }
        Optional<JobRecord> job = store.find(id);
        if (job.isEmpty()) {
            return CancelOutcome.NOT_FOUND;
        }
        if (job.get().state() == JobState.RUNNING) {
            LiveJob now = live.get(id);
            if (now != null) {
                now.tracker().cancel();
            }
            return CancelOutcome.REQUESTED;
        }
        return CancelOutcome.ALREADY_FINISHED;
    }

    /** Jobs waiting for a worker. */
    public int queueLength() {
        return queue.size();
    }

    /** The queue's capacity. */
    public int queueCapacity() {
        return options.queueCapacity();
    }

    /** The number of worker threads. */
    public int workers() {
        return options.workers();
    }

    /** Workers running a job right now. */
    public int busyWorkers() {
        return busy.get();
    }

    /** The job's live progress version, or -1 when it is not running here (lets pollers skip unchanged state). */
    public long progressVersion(String id) {
        LiveJob l = live.get(id);
        return l == null ? -1 : l.tracker().version();
    }

    /**
     * Stops: accepts no more jobs, asks running jobs to stop and marks them {@code interrupted} (or re-queues them,
     * see {@link Options#requeueInterrupted()}); queued jobs stay queued in the database for the next start.
     */
    @Override
    public void close() {
        synchronized (submitLock) {
            stopping = true;
        }
        for (LiveJob l : live.values()) {
            l.tracker().cancel();
        }
        // Workers are never interrupted: H2 closes its file channel when a thread is interrupted during I/O.
        // Idle workers notice the flag at their next poll; busy ones when their runner honours cancellation.
        long deadline = System.nanoTime() + options.stopTimeout().toNanos();
        for (Thread t : workers) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (LiveJob l : live.values()) {
            // Its runner ignored cancellation: record the interruption now, the thread dies with the process.
            interrupt(l.id(), "the runner did not stop within " + options.stopTimeout().toSeconds() + " s");
        }
        persister.shutdownNow();
    }

    private void workLoop() {
        while (!stopping) {
            String id;
            try {
                id = queue.pollFirst(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (id == null) {
                continue;
            }
            if (stopping) {
                queue.addFirst(id);
                return;
            }
            try {
                runOne(id);
            } catch (RuntimeException | SQLException e) {
                LOG.log(Level.SEVERE, "job " + id + ": the server could not record its outcome", e);
            }
        }
    }

    private void runOne(String id) throws SQLException {
        JobExecutor.PreparedJob job = prepared.remove(id);
        if (job == null) {
            job = readAgain(id); // queued before a restart
        }
        if (job == null) {
            return;
        }
        int runs = Math.max(1, job.runs());
        Instant started = clock.instant();
        ProgressTracker tracker = new ProgressTracker(runs, started, clock);
        LiveJob l = new LiveJob(id, tracker);
        live.put(id, l);
        try {
            if (!store.transition(id, Set.of(JobState.QUEUED), JobState.RUNNING, started, null)) {
                return; // cancelled meanwhile
            }
            l.running = store.find(id).orElse(null);
            busy.incrementAndGet();
            try {
                execute(l, job);
            } finally {
                busy.decrementAndGet();
            }
        } finally {
            live.remove(id);
            persistedVersions.remove(id);
        }
    }

    /**
     * A job queued by an earlier process, read from its stored configuration; a configuration that no longer
     * passes (the rules or the data changed since) becomes a job that fails with the reason when run.
     */
    private JobExecutor.PreparedJob readAgain(String id) throws SQLException {
        Optional<String> config = store.config(id);
        if (config.isEmpty() || store.find(id).isEmpty()) {
            return null;
        }
        try {
            JobExecutor.PreparedJob plan = executor.prepare(config.get());
            plan.submitted(); // stored long ago: nothing to hold
            return plan;
        } catch (IllegalArgumentException e) {
            return new JobExecutor.PreparedJob() {
                @Override
                public String name() {
                    return null;
                }

                @Override
                public int runs() {
                    return 1;
                }

                @Override
                public JobExecutor.RenderedReport execute(JobProgressListener progress, ProgressMonitor monitor) {
                    throw e;
                }
            };
        }
    }

    private void execute(LiveJob l, JobExecutor.PreparedJob job) throws SQLException {
        String id = l.id();
        JobExecutor.RenderedReport report;
        try {
            l.tracker().checkCancelled();
            report = job.execute(l.tracker(), l.tracker());
        } catch (OperationCancelledException e) {
            finishStopped(l, null);
            return;
        } catch (InterruptedException e) {
            finishStopped(l, e);
            return;
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            if (stopping || l.tracker().isCancelled()) {
                finishStopped(l, e);
                return;
            }
            LOG.log(Level.WARNING, "job " + id + " failed", e);
            saveProgressNow(l);
            store.transition(id, Set.of(JobState.RUNNING), JobState.FAILED, clock.instant(), failureMessage(e));
            return;
        }
        if (report == null || report.json() == null) {
            store.transition(id, Set.of(JobState.RUNNING), JobState.FAILED, clock.instant(),
                    "the runner returned no report");
            return;
        }
        saveProgressNow(l);
        store.succeed(id, clock.instant(), report.json(), report.html());
    }

    /** A job that stopped because it was cancelled or the server is stopping. */
    private void finishStopped(LiveJob l, Throwable cause) throws SQLException {
        saveProgressNow(l);
        if (stopping) {
            interrupt(l.id(), "the server stopped while the job was running");
        } else {
            store.transition(l.id(), Set.of(JobState.RUNNING), JobState.CANCELLED, clock.instant(),
                    cause == null ? "cancelled while running" : "cancelled while running (" + failureMessage(cause)
                            + ")");
        }
    }

    private void interrupt(String id, String reason) {
        try {
            if (options.requeueInterrupted()) {
                store.transition(id, ACTIVE, JobState.QUEUED, clock.instant(), "re-queued: " + reason);
            } else {
                store.transition(id, Set.of(JobState.RUNNING), JobState.INTERRUPTED, clock.instant(),
                        "interrupted: " + reason + "; submit it again");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "job " + id + ": could not record the interruption", e);
        }
    }

    private void persistProgress() {
        for (LiveJob l : live.values()) {
            try {
                saveProgressIfChanged(l);
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "job " + l.id() + ": progress not saved", e);
            }
        }
    }

    private void saveProgressIfChanged(LiveJob l) throws SQLException {
        long v = l.tracker().version();
        Long saved = persistedVersions.get(l.id());
        if (v > 0 && (saved == null || saved != v)) {
            store.saveProgress(l.id(), l.tracker().snapshot().withoutEta());
            persistedVersions.put(l.id(), v);
        }
    }

    private void saveProgressNow(LiveJob l) {
        try {
            saveProgressIfChanged(l);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "job " + l.id() + ": final progress not saved", e);
        }
    }

    private static String failureMessage(Throwable e) {
        String msg = e.getMessage();
        String first = msg == null || msg.isBlank() ? e.getClass().getSimpleName()
                : Database.firstLine(msg);
        return e instanceof IllegalArgumentException || e instanceof java.io.IOException ? first
                : e.getClass().getSimpleName() + ": " + first;
    }
}
