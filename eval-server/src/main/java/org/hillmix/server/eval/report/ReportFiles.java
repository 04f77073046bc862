package org.hillmix.server.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hillmix.core.evaluation.EvaluationReport.Aggregate;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.MetricCatalog;

/** Writes a report's files and formats its comparison table for terminals. */
public final class ReportFiles {

    /** Name of the JSON report in an output folder. */
    public static final String JSON = "report.json";
    /** Name of the HTML report in an output folder. */
    public static final String HTML = "report.html";
    /** Name of the job configuration copy in an output folder. */
    public static final String JOB = "job.json";

    private ReportFiles() {
    }

    /**
     * Writes {@value #JSON}, {@value #HTML} and {@value #JOB} into {@code dir} (created if needed).
     *
     * @return the paths written: JSON, HTML, job
     */
    public static List<Path> write(EvaluationReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(JSON);
        Path html = dir.resolve(HTML);
        Path job = dir.resolve(JOB);
        report.writeJson(json);
        ReportHtml.write(report, html);
        Files.writeString(job, report.config().toJson());
        return List.of(json, html, job);
    }

    /**
     * A fixed-width table: one row per regime with the summary metrics (mean over seeds, with the 95% interval when
     * there are several seeds), followed by the paired differences to the reference regime in those metrics, each
     * marked "separated" or "no separation".
     */
    public static String comparisonTable(EvaluationReport report) {
        List<String> keys = MetricCatalog.SUMMARY;
        int nameWidth = Math.max(6, report.regimes().stream().mapToInt(r -> r.name().length()).max().orElse(6));
        boolean intervals = report.config().seeds().size() > 1;
        int col = intervals ? 24 : 10;
        StringBuilder sb = new StringBuilder();
        sb.append(pad("regime", nameWidth));
        for (String k : keys) {
            sb.append("  ").append(padLeft(MetricCatalog.get(k).label(), col));
        }
        sb.append('\n').append("-".repeat(nameWidth + keys.size() * (col + 2))).append('\n');
        for (RegimeResult r : report.regimes()) {
            sb.append(pad(r.name(), nameWidth));
            for (String k : keys) {
                Aggregate a = r.aggregate().get(k);
                String cell = a == null ? "n/a" : intervals
                        ? String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", a.mean(), a.low(), a.high())
                        : String.format(Locale.ROOT, "%.4f", a.mean());
                sb.append("  ").append(padLeft(cell, col));
            }
            sb.append('\n');
        }
        if (!report.comparisons().isEmpty()) {
            sb.append("\nPaired differences to '").append(report.reference())
                    .append("' (regime - reference, 95% paired bootstrap interval over test items):\n");
            for (EvaluationReport.Comparison c : report.comparisons()) {
                if (!keys.contains(c.metric())) {
                    continue;
                }
                sb.append("  ").append(pad(c.regime(), nameWidth)).append("  ")
                        .append(pad(MetricCatalog.get(c.metric()).label(), 14))
                        .append(String.format(Locale.ROOT, "%+.4f", c.difference()));
                if (c.interval() != null) {
                    sb.append(String.format(Locale.ROOT, " [%+.4f, %+.4f]", c.interval()[0], c.interval()[1]));
                }
                sb.append(c.separated() ? "  separated" : "  no separation").append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The direction of miscalibration per regime: the fitted temperature T (mean over seeds; T &gt; 1 means the
     * model was over-confident, T &lt; 1 under-confident, since dividing the logits by T is what calibrates it),
     * the ECE before and after temperature scaling, and the word.
     */
    public static String calibrationTable(EvaluationReport report) {
        int nameWidth = Math.max(6, report.regimes().stream().mapToInt(r -> r.name().length()).max().orElse(6));
        StringBuilder sb = new StringBuilder();
        sb.append(pad("regime", nameWidth)).append("  ").append(padLeft("T", 8)).append("  ")
                .append(padLeft("ECE", 8)).append("  ").append(padLeft("ECE (TS)", 8)).append("  direction\n");
        sb.append("-".repeat(nameWidth + 50)).append('\n');
        for (RegimeResult r : report.regimes()) {
            Aggregate t = r.aggregate().get(MetricCatalog.TEMPERATURE);
            Aggregate ece = r.aggregate().get(MetricCatalog.ECE);
            Aggregate ts = r.aggregate().get(MetricCatalog.TS_ECE);
            String direction = t == null ? "n/a" : t.mean() > 1.05 ? "over-confident" : t.mean() < 0.95
                    ? "under-confident" : "about right (0.95 <= T <= 1.05)";
            sb.append(pad(r.name(), nameWidth)).append("  ").append(padLeft(fmt(t), 8)).append("  ")
                    .append(padLeft(fmt(ece), 8)).append("  ").append(padLeft(fmt(ts), 8)).append("  ")
                    .append(direction).append('\n');
        }
        return sb.toString();
    }

    private static String fmt(Aggregate a) {
        return a == null ? "n/a" : String.format(Locale.ROOT, "%.4f", a.mean());
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }
}
