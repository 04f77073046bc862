/**
 * Jobs of the evaluation server: the H2 database with ordered schema migrations, the job table, and the bounded
 * queue with its worker pool that runs jobs through a {@link org.hillmix.server.jobs.JobExecutor}, tracks their
 * progress and recovers them after a restart.
 */
package org.hillmix.server.jobs;
