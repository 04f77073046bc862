package org.hillmix.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.RegimeSpec;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.eval.run.JobProgress;
import org.hillmix.server.eval.run.JobRunner;

/**
 * A stand-in {@link JobRunner} for queue, cancel and restart tests: it "trains" each regime x seed for the job's
 * epochs in {@code stepsPerEpoch} steps of {@code stepMillis} each, reporting every step and checking the monitor
 * for cancellation, and returns a small but complete report. No model is trained.
 *
 * <p>A job named {@code "fail"} throws after its first step. With {@link #hold()}, every job stops after its first
 * step and waits (still honouring cancellation) until {@link #release()}.
 */
public final class SteppingTestRunner implements JobRunner {

    private final int stepsPerEpoch;
    private final long stepMillis;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile CountDownLatch firstStep = new CountDownLatch(1);

    /** A runner taking {@code stepsPerEpoch * stepMillis} ms per epoch. */
    public SteppingTestRunner(int stepsPerEpoch, long stepMillis) {
        this.stepsPerEpoch = stepsPerEpoch;
        this.stepMillis = stepMillis;
    }

    /** Makes the next jobs wait after their first step until {@link #release()}. */
    public SteppingTestRunner hold() {
        gate = new CountDownLatch(1);
        firstStep = new CountDownLatch(1);
        return this;
    }

    /** Lets held jobs continue. */
    public void release() {
        gate.countDown();
    }

    /** Waits until a job has reported its first step since the last {@link #hold()}. */
    public boolean awaitFirstStep(long seconds) throws InterruptedException {
        return firstStep.await(seconds, TimeUnit.SECONDS);
    }

    /** Jobs started so far. */
    public int started() {
        return started.get();
    }

    /** Jobs that returned a report. */
    public int finished() {
        return finished.get();
    }

    @Override
    public EvaluationReport run(JobConfig config, JobProgress progress, ProgressMonitor monitor) throws Exception {
        started.incrementAndGet();
        int epochs = config.training().epochs();
        long steps = stepsPerEpoch;
        for (RegimeSpec regime : config.regimes()) {
            for (Long seed : config.seeds()) {
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    for (long step = 1; step <= steps; step++) {
                        monitor.checkCancelled();
                        Thread.sleep(stepMillis);
                        progress.update("train", regime.displayName(), seed.intValue(), epoch, epochs, step, steps);
                        firstStep.countDown();
                        if ("fail".equals(config.name())) {
                            throw new IllegalStateException("simulated failure in " + regime.displayName());
                        }
                        while (gate.getCount() > 0) {
                            monitor.checkCancelled();
                            gate.await(5, TimeUnit.MILLISECONDS);
                        }
                    }
                }
            }
        }
        progress.update("done", null, 0, 0, 0, 0, 0);
        finished.incrementAndGet();
        return report(config);
    }

    /** A minimal report for {@code config}: no regimes measured. */
    static EvaluationReport report(JobConfig config) {
        EvaluationReport.DataSummary data = new EvaluationReport.DataSummary("stepping test data", List.of("a", "b"),
                8, 2, 2, List.of(), 0, null, 0, List.of());
        EvaluationReport.ModelCard card = new EvaluationReport.ModelCard("none", "none", "tests only", List.of());
        return new EvaluationReport(EvaluationReport.SCHEMA, config.name(), Instant.EPOCH.toString(),
                "SteppingTestRunner", config, data, List.of(), null, card, List.of());
    }
}
