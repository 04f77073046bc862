package org.hillmix.ui.eval.internal.views;

import java.util.Objects;

import org.hillmix.core.evaluation.EvaluationReport;

/**
 * A report with its standalone HTML page, as the view shows and exports it.
 *
 * @param report the parsed report
 * @param html the HTML page, or {@code null} when there is none
 */
public record ShownReport(EvaluationReport report, String html) {

    /** Checks the report. */
    public ShownReport {
        Objects.requireNonNull(report, "report");
    }
}
