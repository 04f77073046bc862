/**
 * The evaluation contract, defined once and shared by the evaluation server, the CLI and the workbench: the job
 * configuration ({@link org.hillmix.core.evaluation.JobConfig}, {@code hillmix.job/1}, docs/job-config.md) with
 * its validation, the report ({@link org.hillmix.core.evaluation.EvaluationReport}, {@code hillmix.report/1},
 * docs/report-schema.md) with its metric catalogue, the data-set kinds, and the one JSON codec that reads and
 * writes them ({@link org.hillmix.core.evaluation.ContractJson}).
 */
package org.hillmix.core.evaluation;
