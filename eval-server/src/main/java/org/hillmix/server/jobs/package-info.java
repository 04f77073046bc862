/**
 * Jobs of the evaluation server: the H2 database with ordered schema migrations, the job table, and the bounded
 * queue with its worker pool that runs jobs through a {@link org.hillmix.server.jobs.JobExecutor}, tracks their
 * progress and recovers them after a restart. The queue knows nothing of evaluation: a job is stored text and,
 * once read by the executor at submission, an opaque {@link org.hillmix.server.jobs.JobExecutor.PreparedJob}.
 */
package org.hillmix.server.jobs;
