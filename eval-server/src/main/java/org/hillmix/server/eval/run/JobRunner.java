package org.hillmix.server.eval.run;

import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Runs one evaluation job to completion. The server calls it on a worker thread; the CLI calls it directly.
 * Implementations report progress through {@code progress}, check {@code monitor} for cancellation (throwing
 * {@link org.hillmix.core.progress.OperationCancelledException}) and throw {@link IllegalArgumentException} or
 * {@link java.io.IOException} for bad input (unreadable data, labels that do not fit the data set).
 */
public interface JobRunner {

    /** Runs {@code config} and returns its report. */
    EvaluationReport run(JobConfig config, JobProgress progress, ProgressMonitor monitor) throws Exception;
}
