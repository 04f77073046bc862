package org.hillmix.server.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.Aggregate;
import org.hillmix.core.evaluation.EvaluationReport.Citation;
import org.hillmix.core.evaluation.EvaluationReport.Comparison;
import org.hillmix.core.evaluation.EvaluationReport.DataMap;
import org.hillmix.core.evaluation.EvaluationReport.DataMapPoint;
import org.hillmix.core.evaluation.EvaluationReport.RegimeResult;
import org.hillmix.core.evaluation.EvaluationReport.ReliabilityBin;
import org.hillmix.core.evaluation.EvaluationReport.SeedResult;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.MetricCatalog;

/**
 * Renders an {@link EvaluationReport} as one standalone HTML page: no scripts, fonts, images or style sheets
 * from elsewhere; CSS and the charts (inline SVG) are in the page. The markup is well-formed XML (XHTML syntax
 * without namespaces, so that no URL appears outside the references), and the page holds: the comparison table
 * (highlighting only separated paired comparisons), the paired comparisons with the reference regime ("no
 * separation" where the interval holds 0), training stability,
 * one reliability diagram per regime ({@code svg.reliability}), one data map per regime with cartography
 * ({@code svg.datamap}), the perception curve when one was fitted ({@code svg.perception}), a table of every
 * metric with its 95% interval over seeds, the model card, the references and the job configuration.
 */
public final class ReportHtml {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:1100px;\
            padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
            .meta{color:#666;font-size:.9rem}
            table{border-collapse:collapse;font-size:.88rem;margin:.5rem 0}
            th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:right}
            th:first-child,td:first-child{text-align:left}
            thead th{background:#f4f4f6}
            td.better{font-weight:bold;background:#eef7ee}
            td.worse{font-weight:bold;background:#fbeeee}
            td.nosep{color:#555}
            .ci{color:#777;font-size:.8em}
            .grid{display:flex;flex-wrap:wrap;gap:1rem}
            figure{margin:0;border:1px solid #eee;padding:.4rem;border-radius:4px}
            figcaption{font-size:.85rem;text-align:center;color:#444}
            svg text{font-size:10px;fill:#333}
            .legend{font-size:.85rem;color:#444}
            pre{background:#f7f7f9;padding:.6rem;overflow:auto;font-size:.8rem}
            .warn{color:#8a4b00}
            """;

    private ReportHtml() {
    }

    /** Writes the page for {@code report} to {@code file}. */
    public static void write(EvaluationReport report, Path file) throws IOException {
        Files.writeString(file, render(report));
    }

    /** The page for {@code report}. */
    public static String render(EvaluationReport report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>HILLmix report: ").append(esc(report.name())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, report);
        summary(h, report);
        comparisons(h, report);
        stability(h, report);
        reliability(h, report);
        dataMaps(h, report);
        perception(h, report);
        allMetrics(h, report);
        modelCard(h, report);
        references(h, report);
        h.append("<section id=\"config\"><h2>Job configuration</h2>\n<pre>").append(esc(report.config().toJson()))
                .append("</pre></section>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, EvaluationReport r) {
        h.append("<header><h1>HILLmix evaluation: ").append(esc(r.name())).append("</h1>\n<p class=\"meta\">")
                .append(esc(r.createdAt())).append(" &#183; ").append(esc(r.generator())).append(" &#183; schema ")
                .append(esc(r.schema())).append("</p>\n");
        var d = r.data();
        h.append("<p>").append(esc(d.dataset())).append(": ").append(d.classes().size()).append(" classes, ")
                .append(d.trainItems()).append(" train / ").append(d.validationItems()).append(" validation / ")
                .append(d.testItems()).append(" test items; ").append(r.regimes().size()).append(" regimes x ")
                .append(r.config().seeds().size()).append(" seed(s), model ").append(esc(r.config().model()))
                .append(", ").append(r.config().training().epochs()).append(" epochs.</p>\n");
        for (String w : r.warnings()) {
            h.append("<p class=\"warn\">").append(esc(w)).append("</p>\n");
        }
        h.append("</header>\n");
    }

    private static void summary(StringBuilder h, EvaluationReport r) {
        h.append("<section id=\"summary\"><h2>Comparison</h2>\n<p class=\"legend\">Mean over seeds on the test split, "
                + "95% interval over seeds in brackets. A cell is highlighted only where the paired comparison with the "
                + "reference regime separates the two (its 95% interval excludes 0; see the next section): green "
                + "better, red worse than the reference. Human CE is the cross-entropy to the human label distribution "
                + "of each test item.</p>\n");
        metricTable(h, r, MetricCatalog.SUMMARY, true);
        h.append("</section>\n");
    }

    /** A table with one row per regime and one column per metric. */
    private static void metricTable(StringBuilder h, EvaluationReport r, List<String> keys, boolean regimeRows) {
        h.append("<table class=\"metrics\">\n<thead><tr><th>Regime</th>");
        for (String k : keys) {
            MetricCatalog.Metric m = MetricCatalog.get(k);
            h.append("<th title=\"").append(esc(m.description())).append("\">").append(esc(m.label()))
                    .append(m.higherIsBetter() ? " &#8593;" : " &#8595;").append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (RegimeResult rr : r.regimes()) {
            boolean reference = rr.name().equals(r.reference());
            h.append("<tr><td>").append(esc(rr.name())).append(reference ? " (reference)" : "").append("</td>");
            for (String k : keys) {
                Aggregate a = rr.aggregate().get(k);
                String verdict = verdict(comparison(r, rr.name(), k), k);
                h.append(verdict == null ? "<td" : "<td class=\"" + verdict + "\"").append(" title=\"")
                        .append(esc(perSeed(rr, k))).append("\">").append(cell(a)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** The comparison of {@code regime} with the reference in {@code metric}, or null. */
    private static Comparison comparison(EvaluationReport r, String regime, String metric) {
        for (Comparison c : r.comparisons()) {
            if (c.regime().equals(regime) && c.metric().equals(metric)) {
                return c;
            }
        }
        return null;
    }

    /** "better" or "worse" when {@code c} is separated, else null (no highlight). */
    private static String verdict(Comparison c, String metric) {
        if (c == null || !c.separated()) {
            return null;
        }
        boolean higher = MetricCatalog.get(metric).higherIsBetter();
        return (c.difference() > 0) == higher ? "better" : "worse";
    }

    /** Paired differences of every regime to the reference, "no separation" where the interval holds 0. */
    private static void comparisons(StringBuilder h, EvaluationReport r) {
        h.append("<section id=\"comparisons\"><h2>Paired comparisons</h2>\n");
        if (r.comparisons().isEmpty()) {
            h.append("<p class=\"legend\">No comparisons: the job has one regime.</p></section>\n");
            return;
        }
        h.append("<p class=\"legend\">Each regime minus the reference regime <b>").append(esc(r.reference()))
                .append("</b>, mean over seeds, with the 95% paired bootstrap interval over test items (both regimes "
                        + "scored on the same drawn items, per seed, pooled; bias-shifted for the binned calibration "
                        + "errors). A difference is called better or worse only where its interval excludes 0; "
                        + "otherwise the data do not separate the two regimes. Seven metrics and several regimes "
                        + "make some separations likely by chance (about 1 in 20 where nothing differs).</p>\n");
        h.append("<table class=\"comparisons\">\n<thead><tr><th>Regime</th>");
        List<String> keys = MetricCatalog.BOOTSTRAPPED.stream()
                .filter(k -> r.comparisons().stream().anyMatch(c -> c.metric().equals(k))).toList();
        for (String k : keys) {
            MetricCatalog.Metric m = MetricCatalog.get(k);
            h.append("<th title=\"").append(esc(m.description())).append("\">&#916; ").append(esc(m.label()))
                    .append(m.higherIsBetter() ? " &#8593;" : " &#8595;").append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (RegimeResult rr : r.regimes()) {
            if (rr.name().equals(r.reference())) {
                continue;
            }
            h.append("<tr><td>").append(esc(rr.name())).append("</td>");
            for (String k : keys) {
                Comparison c = comparison(r, rr.name(), k);
                if (c == null) {
                    h.append("<td>&#8211;</td>");
                    continue;
                }
                String verdict = verdict(c, k);
                h.append("<td class=\"").append(verdict == null ? "nosep" : verdict).append("\">")
                        .append(signed(c.difference()));
                if (c.interval() != null) {
                    h.append(" <span class=\"ci\">[").append(signed(c.interval()[0])).append(", ")
                            .append(signed(c.interval()[1])).append("]</span>");
                }
                h.append("<br/>").append(verdict == null ? "no separation" : verdict).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + num(v);
    }

    /** Loss spread, forgetting and calibration by difficulty, per regime. */
    private static void stability(StringBuilder h, EvaluationReport r) {
        if (r.regimes().stream().allMatch(rr -> rr.stability() == null)) {
            return;
        }
        h.append("<section id=\"stability\"><h2>Training stability</h2>\n<p class=\"legend\">Across-seed standard "
                + "deviation of the training loss (mean over epochs, and at the last epoch); forgetting rate (training "
                + "items right after one epoch and wrong after the next, per item and epoch) and flip rate (either "
                + "way), unforgettable and never-learnt items, means over seeds (Toneva et al. 2019, counted once per "
                + "epoch).</p>\n<table class=\"stability\"><thead><tr><th>Regime</th><th>Loss SD (mean)</th>"
                + "<th>Loss SD (last)</th><th>Forgetting rate</th><th>Flip rate</th><th>Unforgettable</th>"
                + "<th>Never learnt</th></tr></thead><tbody>\n");
        for (RegimeResult rr : r.regimes()) {
            EvaluationReport.Stability s = rr.stability();
            if (s == null) {
                continue;
            }
            h.append("<tr><td>").append(esc(rr.name())).append("</td><td>").append(opt(s.meanLossSd()))
                    .append("</td><td>").append(opt(s.lastLossSd())).append("</td><td>").append(opt(s.forgettingRate()))
                    .append("</td><td>").append(opt(s.flipRate())).append("</td><td>")
                    .append(opt(s.unforgettableFraction())).append("</td><td>").append(opt(s.neverLearntFraction()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (r.regimes().stream().anyMatch(rr -> rr.stability() != null && !rr.stability().difficulty().isEmpty())) {
            h.append("<p class=\"legend\">Calibration by item difficulty: test items split at the terciles of their "
                    + "human-label entropy (means over seeds; groups can differ in size where entropies tie).</p>\n"
                    + "<table class=\"difficulty\"><thead><tr><th>Regime</th><th>Group (items, entropy)</th>"
                    + "<th>Accuracy</th><th>NLL</th><th>ECE</th><th>Debiased ECE</th></tr></thead><tbody>\n");
            for (RegimeResult rr : r.regimes()) {
                if (rr.stability() == null) {
                    continue;
                }
                for (EvaluationReport.DifficultyGroup g : rr.stability().difficulty()) {
                    h.append("<tr><td>").append(esc(rr.name())).append("</td><td>").append(esc(g.group()))
                            .append(" (").append(g.items()).append(", ").append(opt(g.minEntropy())).append("&#8211;")
                            .append(opt(g.maxEntropy())).append(")</td>");
                    for (String k : List.of(MetricCatalog.ACCURACY, MetricCatalog.NLL, MetricCatalog.ECE,
                            MetricCatalog.DEBIASED_ECE)) {
                        h.append("<td>").append(opt(g.metrics().get(k))).append("</td>");
                    }
                    h.append("</tr>\n");
                }
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static String opt(Double v) {
        return v == null ? "&#8211;" : num(v);
    }

    private static String cell(Aggregate a) {
        if (a == null) {
            return "&#8211;";
        }
        String s = num(a.mean());
        if (a.n() > 1) {
            s += " <span class=\"ci\">[" + num(a.low()) + ", " + num(a.high()) + "]</span>";
        }
        return s;
    }

    private static String perSeed(RegimeResult rr, String key) {
        StringBuilder sb = new StringBuilder("per seed:");
        for (SeedResult s : rr.seeds()) {
            Double v = s.metrics().get(key);
            sb.append(' ').append(s.seed()).append('=').append(v == null ? "n/a" : num(v));
            EvaluationReport.Interval ci = s.intervals() == null ? null : s.intervals().get(key);
            if (ci != null) {
                sb.append(" (bootstrap ").append(num(ci.low())).append('-').append(num(ci.high())).append(')');
            }
        }
        return sb.toString();
    }

    private static void reliability(StringBuilder h, EvaluationReport r) {
        h.append("<section id=\"reliability\"><h2>Reliability diagrams</h2>\n<p class=\"legend\">Accuracy against "
                + "mean confidence per confidence bin (first seed, test split, before temperature scaling). Bars on "
                + "the diagonal are calibrated; red shows the gap; bar opacity grows with the bin's share of items."
                + "</p>\n<div class=\"grid\">\n");
        for (RegimeResult rr : r.regimes()) {
            h.append("<figure>");
            reliabilitySvg(h, rr.reliability());
            Aggregate ece = rr.aggregate().get(MetricCatalog.ECE);
            h.append("<figcaption>").append(esc(rr.name())).append(ece == null ? "" : " &#183; ECE " + num(ece.mean()))
                    .append("</figcaption></figure>\n");
        }
        h.append("</div></section>\n");
    }

    private static final int SIZE = 240;
    private static final int PAD = 30;

    private static double px(double v) {
        return PAD + v * (SIZE - PAD - 8);
    }

    private static double py(double v) {
        return SIZE - PAD - v * (SIZE - PAD - 8);
    }

    private static void axes(StringBuilder h, String xLabel, String yLabel, double xMax) {
        h.append("<line x1=\"").append(PAD).append("\" y1=\"").append(num(py(0))).append("\" x2=\"")
                .append(num(px(1))).append("\" y2=\"").append(num(py(0))).append("\" stroke=\"#555\"/>");
        h.append("<line x1=\"").append(PAD).append("\" y1=\"").append(num(py(0))).append("\" x2=\"").append(PAD)
                .append("\" y2=\"").append(num(py(1))).append("\" stroke=\"#555\"/>");
        for (double t : new double[] {0, 0.5, 1}) {
            h.append("<text x=\"").append(num(px(t))).append("\" y=\"").append(num(py(0) + 12))
                    .append("\" text-anchor=\"middle\">").append(tick(t * xMax)).append("</text>");
            h.append("<text x=\"").append(PAD - 4).append("\" y=\"").append(num(py(t) + 3))
                    .append("\" text-anchor=\"end\">").append(tick(t)).append("</text>");
        }
        h.append("<text x=\"").append(num(px(0.5))).append("\" y=\"").append(SIZE - 4)
                .append("\" text-anchor=\"middle\">").append(esc(xLabel)).append("</text>");
        h.append("<text x=\"10\" y=\"").append(num(py(0.5))).append("\" text-anchor=\"middle\" transform=\"rotate(-90 10 ")
                .append(num(py(0.5))).append(")\">").append(esc(yLabel)).append("</text>");
    }

    private static void reliabilitySvg(StringBuilder h, List<ReliabilityBin> bins) {
        h.append("<svg class=\"reliability\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE).append("\" role=\"img\">");
        h.append("<title>Reliability diagram</title>");
        int total = 0;
        for (ReliabilityBin b : bins) {
            total += b.count();
        }
        for (ReliabilityBin b : bins) {
            if (b.count() == 0 || b.accuracy() == null || b.confidence() == null) {
                continue;
            }
            double x0 = px(b.lower());
            double w = px(b.upper()) - x0;
            double opacity = 0.35 + 0.65 * Math.min(1, 4.0 * b.count() / Math.max(1, total));
            h.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(py(b.accuracy()))).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(num(py(0) - py(b.accuracy())))
                    .append("\" fill=\"#3b6fb6\" fill-opacity=\"").append(num(opacity))
                    .append("\" stroke=\"#fff\" stroke-width=\"0.5\"><title>").append(b.count()).append(" items, conf ")
                    .append(num(b.confidence())).append(", acc ").append(num(b.accuracy())).append("</title></rect>");
            double lo = Math.min(b.accuracy(), b.confidence());
            double hi = Math.max(b.accuracy(), b.confidence());
            h.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(py(hi))).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(num(py(lo) - py(hi)))
                    .append("\" fill=\"#d9534f\" fill-opacity=\"0.35\"/>");
        }
        h.append("<line x1=\"").append(num(px(0))).append("\" y1=\"").append(num(py(0))).append("\" x2=\"")
                .append(num(px(1))).append("\" y2=\"").append(num(py(1)))
                .append("\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>");
        axes(h, "confidence", "accuracy", 1);
        h.append("</svg>");
    }

    private static void dataMaps(StringBuilder h, EvaluationReport r) {
        if (r.regimes().stream().allMatch(rr -> rr.dataMap() == null)) {
            return;
        }
        h.append("<section id=\"datamap\"><h2>Data maps</h2>\n<p class=\"legend\">Dataset cartography of each regime's "
                + "first training run (every seed's map is in the JSON report): per training item, the mean probability of its label over epochs (confidence) "
                + "against its standard deviation (variability); colour = fraction of epochs predicted correctly "
                + "(<span style=\"color:#c0392b\">0</span> to <span style=\"color:#1f7a3a\">1</span>); ringed points "
                + "are known-ambiguous items.</p>\n<div class=\"grid\">\n");
        for (RegimeResult rr : r.regimes()) {
            if (rr.dataMap() == null) {
                continue;
            }
            DataMap m = rr.dataMap();
            h.append("<figure>");
            dataMapSvg(h, m);
            h.append("<figcaption>").append(esc(rr.name())).append(" &#183; easy ").append(m.easy())
                    .append(", ambiguous ").append(m.ambiguous()).append(", hard ").append(m.hard())
                    .append("</figcaption></figure>\n");
        }
        h.append("</div></section>\n");
    }

    /** Largest variability on the x axis (the standard deviation of a value in [0, 1] is at most 0.5). */
    private static final double MAX_VARIABILITY = 0.5;

    private static void dataMapSvg(StringBuilder h, DataMap m) {
        h.append("<svg class=\"datamap\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE).append("\" role=\"img\">");
        h.append("<title>Data map</title>");
        for (DataMapPoint p : m.points()) {
            double x = px(Math.min(1, p.variability() / MAX_VARIABILITY));
            double y = py(p.confidence());
            h.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"2.2\" fill=\"")
                    .append(correctnessColour(p.correctness())).append("\" fill-opacity=\"0.75\"");
            if (p.ambiguous()) {
                h.append(" stroke=\"#222\" stroke-width=\"0.6\"");
            }
            h.append("/>");
        }
        axes(h, "variability", "confidence", MAX_VARIABILITY);
        h.append("</svg>");
    }

    /** Red (never correct) through amber to green (always correct). */
    static String correctnessColour(double c) {
        double t = Math.min(1, Math.max(0, c));
        int[] a = t < 0.5 ? new int[] {0xc0, 0x39, 0x2b} : new int[] {0xe0, 0xa8, 0x00};
        int[] b = t < 0.5 ? new int[] {0xe0, 0xa8, 0x00} : new int[] {0x1f, 0x7a, 0x3a};
        double f = t < 0.5 ? t / 0.5 : (t - 0.5) / 0.5;
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(a[0] + f * (b[0] - a[0])),
                (int) Math.round(a[1] + f * (b[1] - a[1])), (int) Math.round(a[2] + f * (b[2] - a[2])));
    }

    private static void perception(StringBuilder h, EvaluationReport r) {
        EvaluationReport.PerceptionSummary p = r.perception();
        if (p == null) {
            return;
        }
        h.append("<section id=\"perception\"><h2>Perception map</h2>\n<p class=\"legend\">Perceived against true "
                + "mixing factor, pooled isotonic fit over ").append(p.judgments()).append(" judgments from ")
                .append(esc(p.source())).append(" (").append(p.pairCurves()).append(" class pairs with their own curve")
                .append(p.confidenceWeighted() ? ", confidence-weighted" : "").append("). The dashed line is "
                        + "perception equal to the truth.</p>\n<figure>");
        h.append("<svg class=\"perception\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE).append("\" role=\"img\">");
        h.append("<title>Perception map</title>");
        h.append("<line x1=\"").append(num(px(0))).append("\" y1=\"").append(num(py(0))).append("\" x2=\"")
                .append(num(px(1))).append("\" y2=\"").append(num(py(1)))
                .append("\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>");
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < p.pooledX().length; i++) {
            pts.append(i == 0 ? "" : " ").append(num(px(p.pooledX()[i]))).append(',').append(num(py(p.pooledY()[i])));
        }
        h.append("<polyline points=\"").append(pts).append("\" fill=\"none\" stroke=\"#3b6fb6\" stroke-width=\"2\"/>");
        axes(h, "true lambda", "perceived lambda", 1);
        h.append("</svg><figcaption>pooled perception curve</figcaption></figure></section>\n");
    }

    private static void allMetrics(StringBuilder h, EvaluationReport r) {
        h.append("<section id=\"metrics\"><h2>All metrics</h2>\n<p class=\"legend\">Mean over seeds with the 95% "
                + "Student-t interval; hover a cell for per-seed values and bootstrap intervals over test items. "
                + "Definitions in the column headings' tooltips and in docs/report-schema.md.</p>\n");
        List<String> keys = new ArrayList<>();
        for (MetricCatalog.Metric m : MetricCatalog.ALL) {
            boolean any = r.regimes().stream().anyMatch(rr -> rr.aggregate().get(m.key()) != null);
            if (any) {
                keys.add(m.key());
            }
        }
        // Split the wide table in two for readability.
        int half = (keys.size() + 1) / 2;
        metricTable(h, r, keys.subList(0, half), true);
        metricTable(h, r, keys.subList(half, keys.size()), true);
        h.append("<table class=\"metrics\"><thead><tr><th>Regime</th><th>Parameters</th><th>Train seconds (mean)</th>"
                + "<th>Train samples</th></tr></thead><tbody>\n");
        for (RegimeResult rr : r.regimes()) {
            double secs = rr.seeds().stream().mapToDouble(SeedResult::trainSeconds).average().orElse(Double.NaN);
            long samples = rr.seeds().isEmpty() ? 0 : rr.seeds().get(0).trainSamples();
            h.append("<tr><td>").append(esc(rr.name())).append("</td><td>").append(esc(params(rr.parameters())))
                    .append("</td><td>").append(num(secs)).append("</td><td>").append(samples).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static String params(Map<String, Object> p) {
        if (p == null || p.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" = ").append(v));
        return sb.toString();
    }

    private static void modelCard(StringBuilder h, EvaluationReport r) {
        var c = r.modelCard();
        h.append("<section id=\"model-card\"><h2>Model card</h2>\n<dl>\n");
        h.append("<dt>Data</dt><dd>").append(esc(c.data())).append("</dd>\n");
        h.append("<dt>Regimes</dt><dd>").append(esc(c.regimes())).append("</dd>\n");
        h.append("<dt>Intended use</dt><dd>").append(esc(c.intendedUse())).append("</dd>\n");
        h.append("<dt>Limitations</dt><dd><ul>\n");
        for (String l : c.limitations()) {
            h.append("<li>").append(esc(l)).append("</li>\n");
        }
        h.append("</ul></dd>\n</dl></section>\n");
    }

    private static void references(StringBuilder h, EvaluationReport r) {
        List<Citation> cites = r.data().citations();
        if (cites == null || cites.isEmpty()) {
            return;
        }
        h.append("<section id=\"references\"><h2>References</h2>\n<ol>\n");
        for (Citation c : cites) {
            // Plain text, not links: the page makes no requests and the reader copies the address.
            h.append("<li>").append(esc(c.text())).append(c.url() == null ? "" : " " + esc(c.url())).append("</li>\n");
        }
        h.append("</ol></section>\n");
    }

    /** An axis tick label: the shortest decimal form, e.g. 0.25 or 1. */
    static String tick(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A number with up to four significant decimals, or "n/a". */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        String f = a >= 100 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, f, v);
    }

    /** Escapes text for XML content and attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') {
                        sb.append(' '); // not allowed in XML 1.0
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
