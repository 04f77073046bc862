package org.hillmix.server.jobs;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * The queue's seam to the code that evaluates a job: it checks a configuration when the job is submitted and runs
 * it on a worker thread later. The production implementation adapts the evaluation package's runner; tests and
 * benchmarks plug in small stand-ins.
 */
public interface JobExecutor {

    /**
     * Checks a submitted configuration without running it.
     *
     * @param configJson the configuration as submitted
     * @return what the queue needs to know about the job
     * @throws IllegalArgumentException naming every field that is wrong and how to fix it (a Jackson
     *         {@code JsonProcessingException} as the cause, when there is one, locates the field)
     */
    JobPlan plan(String configJson);

    /**
     * Runs a job. Report progress through {@code progress} and {@code monitor}; stop with
     * {@link org.hillmix.core.progress.OperationCancelledException} when {@code monitor} is cancelled.
     *
     * @param configJson the configuration as stored (it passed {@link #plan(String)})
     * @return the finished report
     * @throws Exception any failure; its message becomes the job's failure message
     */
    RenderedReport execute(String configJson, JobProgressListener progress, ProgressMonitor monitor)
            throws Exception;

    /**
     * What the queue needs from a valid configuration.
     *
     * @param name the job's display name, or null
     * @param runs how many training runs the job makes (regimes x seeds), used to estimate overall progress; at
     *        least 1
     */
    record JobPlan(String name, int runs) {
        /** Checks {@code runs}. */
        public JobPlan {
            if (runs < 1) {
                throw new IllegalArgumentException("a job makes at least one run, got " + runs);
            }
        }
    }

    /**
     * A finished report in both forms the server serves.
     *
     * @param json the JSON report
     * @param html a standalone HTML page
     */
    record RenderedReport(String json, String html) {
    }
}
