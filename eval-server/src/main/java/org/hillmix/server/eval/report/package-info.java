/**
 * The report's files: {@code report.json}, the standalone HTML page and the terminal's comparison table of an
 * {@link org.hillmix.core.evaluation.EvaluationReport}, and the studies a report cites. Uses no other
 * {@code eval} package.
 */
package org.hillmix.server.eval.report;
