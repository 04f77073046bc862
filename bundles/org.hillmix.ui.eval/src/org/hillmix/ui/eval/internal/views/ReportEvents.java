package org.hillmix.ui.eval.internal.views;

/**
 * Event topics of the calibration report view: an evaluation job (or anyone) posts a finished
 * report, with the {@link ShownReport} as event data, and status lines while it runs.
 */
public final class ReportEvents {

    /** A report to show; data: {@link ShownReport}. */
    public static final String TOPIC_REPORT = "org/hillmix/ui/eval/report";
    /** A status line of a running evaluation; data: {@code String}. */
    public static final String TOPIC_STATUS = "org/hillmix/ui/eval/status";

    private ReportEvents() {
    }
}
