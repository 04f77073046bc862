/**
 * Running an evaluation job of the core contract ({@link org.hillmix.core.evaluation.JobConfig}): the
 * {@link org.hillmix.server.eval.run.JobRunner} seam the server's executor and the CLI call, its progress callback,
 * and the {@link org.hillmix.server.eval.run.EvaluationRunner} that assembles the data
 * ({@code eval.data}), trains every regime and seed, measures each run ({@code eval.measure}) and builds the
 * {@link org.hillmix.core.evaluation.EvaluationReport}. The top of the evaluation: nothing else in
 * {@code eval} depends on it.
 */
package org.hillmix.server.eval.run;
