/**
 * Evaluation of training regimes: the job configuration ({@link org.hillmix.server.eval.JobConfig}), data set and
 * human-label assembly, the in-process synthetic demo data with simulated annotators, the perception map fitted
 * from mixing-factor judgments, the {@link org.hillmix.server.eval.EvaluationRunner} that trains every regime
 * and seed and measures calibration and human alignment, and the JSON / standalone HTML reports.
 */
package org.hillmix.server.eval;
