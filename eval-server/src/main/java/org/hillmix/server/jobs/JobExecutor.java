package org.hillmix.server.jobs;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * The queue's seam to the code that evaluates a job. The queue knows jobs only as stored text and as prepared
 * jobs: {@link #prepare(String)} reads and checks a configuration once, when it is submitted, and the
 * {@link PreparedJob} it returns (holding the typed configuration) runs it later on a worker thread. A job is read
 * again only after a restart, from the stored text. The production implementation adapts the evaluation runner
 * ({@code org.hillmix.server.app.EvaluationExecutor}); tests and benchmarks plug in small stand-ins.
 */
public interface JobExecutor {

    /**
     * Reads and checks a submitted (or stored) configuration without running it.
     *
     * @param configJson the configuration as submitted
     * @return the job, ready to run
     * @throws IllegalArgumentException naming every field that is wrong and how to fix it (a Jackson
     *         {@code JsonProcessingException} as the cause, when there is one, locates the field)
     */
    PreparedJob prepare(String configJson);

    /** A configuration read and checked by {@link #prepare(String)}. */
    interface PreparedJob {

        /** The job's display name, or null. */
        String name();

        /**
         * How many training runs the job makes (regimes x seeds), used to estimate overall progress; at least 1.
         */
        int runs();

        /**
         * Runs the job. Report progress through {@code progress} and {@code monitor}; stop with
         * {@link org.hillmix.core.progress.OperationCancelledException} when {@code monitor} is cancelled.
         *
         * @return the finished report
         * @throws Exception any failure; its message becomes the job's failure message
         */
        RenderedReport execute(JobProgressListener progress, ProgressMonitor monitor) throws Exception;

        /**
         * Called once the queue has stored the job, or has refused it: releases what {@link #prepare} held for the
         * submission (the label sets it found, see {@code LabelSetResolver}). The default holds nothing.
         */
        default void submitted() {
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
