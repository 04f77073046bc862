/**
 * Evaluation of training regimes: data set and human-label assembly for a job of the core contract
 * ({@link org.hillmix.core.evaluation.JobConfig}), the in-process synthetic demo data with simulated annotators,
 * the perception map fitted from mixing-factor judgments, the {@link org.hillmix.server.eval.EvaluationRunner}
 * that trains every regime and seed and measures calibration and human alignment, and the JSON / standalone HTML
 * reports ({@link org.hillmix.core.evaluation.EvaluationReport}).
 */
package org.hillmix.server.eval;

