package org.hillmix.ui.eval.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.remote.EvaluationJobs;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.internal.server.EvaluationServers;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.hillmix.ui.project.ProjectService;
import org.hillmix.ui.services.Services;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Calibration report: evaluates the current project's labels on the evaluation server (regimes
 * chosen with check boxes; an {@link EvaluateJob} with progress and cancel), or opens a stored
 * report, then shows the metric table (mean over seeds with the 95% interval, per regime), the
 * reliability diagrams of all regimes (SWTChart) and the data map of one regime; Export HTML saves
 * the server's standalone page.
 */
public final class CalibrationReportView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.eval.views.calibrationReport";
    /** Widget-id key (same as the UI bundle's). */
    public static final String KEY = "org.hillmix.ui.widgetId";
    /** Widget id of the metric table. */
    public static final String METRICS = "report.metrics";
    /** Widget id of the reliability chart. */
    public static final String RELIABILITY = "report.reliability";
    /** Widget id of the data map chart. */
    public static final String DATA_MAP = "report.dataMap";
    /** Widget id of the header/status line. */
    public static final String STATUS = "report.status";
    /** Widget id of the warnings heading (shown only when the report has warnings). */
    public static final String WARNINGS_HEADING = "report.warnings.heading";
    /** Widget id of the list of warnings. */
    public static final String WARNINGS = "report.warnings";
    /** Widget id of the data-map regime choice. */
    public static final String MAP_REGIME = "report.mapRegime";
    /** Metrics shown first, in this order; the others follow as the report lists them. */
    public static final List<String> FIRST = List.of("accuracy", "ece", "nll", "brier", "humanCrossEntropy",
            "humanJs", "eceTs", "nllTs", "temperature");

    private static final String IDENTITY = "perfect";
    /** Regimes that train on the annotators' labels. */
    static final Set<String> HUMAN_REGIMES = Set.of("human-soft", "human-mixup");
    /** Widget id of the Evaluate button. */
    public static final String EVALUATE = "report.evaluate";

    private final ProjectService projects;
    private final IEventBroker events;
    private Label status;
    private final List<Button> regimeBoxes = new ArrayList<>();
    private Table metrics;
    private Composite warningsBox;
    private Label warningsHeading;
    private org.eclipse.swt.widgets.Text warnings;
    private Chart reliability;
    private Chart dataMap;
    private Combo mapRegime;
    private ShownReport shown;
    /** The project folder current when the shown report was shown; another project clears the view. */
    private Path shownFor;

    /** Created by the workbench with the project service and the event broker. */
    @Inject
    public CalibrationReportView(ProjectService projects, IEventBroker events) {
        this.projects = projects;
        this.events = events;
    }

    /** Builds the view. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(EvaluationJobs.REGIMES.size() + 4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText(Messages.Report_regimes);
        for (String r : EvaluationJobs.REGIMES) {
            Button b = new Button(bar, SWT.CHECK);
            b.setText(r);
            b.setData(KEY, "report.regime." + r);
            b.setSelection(!r.equals("label-smoothing"));
            regimeBoxes.add(b);
        }
        Button evaluate = new Button(bar, SWT.PUSH);
        evaluate.setText(Messages.Report_evaluate);
        evaluate.setData(KEY, EVALUATE);
        evaluate.addListener(SWT.Selection, e -> evaluate());
        Button open = new Button(bar, SWT.PUSH);
        open.setText(Messages.Report_open);
        open.addListener(SWT.Selection, e -> openStored());
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.Report_export);
        export.addListener(SWT.Selection, e -> exportHtml());
        status = new Label(root, SWT.WRAP);
        status.setData(KEY, STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(Messages.Report_noReport);
        createWarnings(root);

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        metrics = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        metrics.setData(KEY, METRICS);
        metrics.setHeaderVisible(true);
        metrics.setLinesVisible(true);
        // the definition of the metric under the pointer (docs/report-schema.md, docs/metrics.md)
        metrics.addListener(SWT.MouseHover, e -> showDefinition(e.x, e.y));
        metrics.addListener(SWT.MouseMove, e -> showDefinition(e.x, e.y));
        Composite charts = new Composite(sash, SWT.NONE);
        charts.setLayout(new GridLayout(1, false));
        reliability = chart(charts, RELIABILITY, Messages.Report_reliabilityTitle, Messages.Report_confidence,
                Messages.Report_accuracy);
        // the data map with its regime choice, beside the reliability diagram in a wide, short view (the
        // Results perspective's bottom row), below it in a tall one
        Composite mapPanel = new Composite(charts, SWT.NONE);
        GridLayout panelLayout = new GridLayout(1, false);
        panelLayout.marginWidth = 0;
        panelLayout.marginHeight = 0;
        mapPanel.setLayout(panelLayout);
        mapPanel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite mapRow = new Composite(mapPanel, SWT.NONE);
        mapRow.setLayout(new GridLayout(1, false));
        mapRegime = new Combo(mapRow, SWT.READ_ONLY);
        mapRegime.setData(KEY, MAP_REGIME);
        GridData comboData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        comboData.widthHint = 200;
        mapRegime.setLayoutData(comboData);
        mapRegime.addListener(SWT.Selection, e -> drawDataMap());
        dataMap = chart(mapPanel, DATA_MAP, Messages.Report_dataMapTitle, Messages.Report_variability,
                Messages.Report_meanConfidence);
        sash.setWeights(2, 3);
        charts.addListener(SWT.Resize, e -> arrangeCharts(charts));
    }

    /**
     * The warnings box under the status line: a heading in the error colour with their number and a list that
     * shows the first lines and scrolls; hidden while the report has none.
     */
    private void createWarnings(Composite root) {
        warningsBox = new Composite(root, SWT.NONE);
        warningsBox.setLayout(new GridLayout(1, false));
        GridData boxData = new GridData(SWT.FILL, SWT.TOP, true, false);
        boxData.exclude = true;
        warningsBox.setLayoutData(boxData);
        warningsBox.setVisible(false);
        warningsHeading = new Label(warningsBox, SWT.WRAP);
        warningsHeading.setData(KEY, WARNINGS_HEADING);
        warningsHeading.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        warningsHeading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        warningsHeading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        warnings = new org.eclipse.swt.widgets.Text(warningsBox, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL
                | SWT.BORDER);
        warnings.setData(KEY, WARNINGS);
        GridData listData = new GridData(SWT.FILL, SWT.TOP, true, false);
        listData.heightHint = 5 * warnings.getLineHeight() + 4;
        warnings.setLayoutData(listData);
    }

    /** Shows {@code lines} in the warnings box, or hides it when there are none. */
    private void showWarnings(List<String> lines) {
        boolean any = !lines.isEmpty();
        ((GridData) warningsBox.getLayoutData()).exclude = !any;
        warningsBox.setVisible(any);
        warningsHeading.setText(any ? NLS.bind(Messages.Report_warnings, lines.size()) : "");
        warnings.setText(String.join("\n", lines.stream().map(w -> "\u2022 " + w).toList()));
        warningsBox.getParent().layout(true, true);
    }

    /**
     * The report's warnings, led by one per pair of regimes whose every metric is the same: such regimes trained
     * on the same targets (human soft labels that fell back to the hard labels, for example), so comparing them
     * shows nothing.
     */
    static List<String> warningsOf(EvaluationReport r) {
        List<String> out = new ArrayList<>();
        List<EvaluationReport.RegimeResult> regimes = r.regimes();
        for (int i = 0; i < regimes.size(); i++) {
            for (int j = i + 1; j < regimes.size(); j++) {
                Map<String, EvaluationReport.Aggregate> a = regimes.get(i).aggregate();
                Map<String, EvaluationReport.Aggregate> b = regimes.get(j).aggregate();
                if (!a.isEmpty() && a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> sameMean(
                        a.get(k), b.get(k)))) {
                    out.add(NLS.bind(Messages.Report_identicalRegimes, regimes.get(i).name(), regimes.get(j).name()));
                }
            }
        }
        if (r.warnings() != null) {
            out.addAll(r.warnings());
        }
        return out;
    }

    private static boolean sameMean(EvaluationReport.Aggregate a, EvaluationReport.Aggregate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Double.compare(a.mean(), b.mean()) == 0;
    }

    /** Two columns when the charts' area is wider than 1.5 times its height, else one: each chart keeps room. */
    private static void arrangeCharts(Composite charts) {
        org.eclipse.swt.graphics.Rectangle area = charts.getClientArea();
        int columns = area.width > 1.5 * area.height ? 2 : 1;
        GridLayout layout = (GridLayout) charts.getLayout();
        if (layout.numColumns != columns) {
            layout.numColumns = columns;
            charts.layout(true, true);
        }
    }

    private static Chart chart(Composite parent, String id, String title, String x, String y) {
        Chart c = new Chart(parent, SWT.NONE);
        c.setData(KEY, id);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.getTitle().setText(title);
        c.getAxisSet().getXAxis(0).getTitle().setText(x);
        c.getAxisSet().getYAxis(0).getTitle().setText(y);
        return c;
    }

    /** Shows a report posted on {@link ReportEvents#TOPIC_REPORT}. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void reportPosted(@UIEventTopic(ReportEvents.TOPIC_REPORT) ShownReport report) {
        if (metrics != null && !metrics.isDisposed()) {
            show(report);
        }
    }

    /** Shows a status line posted on {@link ReportEvents#TOPIC_STATUS}. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void statusPosted(@UIEventTopic(ReportEvents.TOPIC_STATUS) String line) {
        if (status != null && !status.isDisposed()) {
            status.setText(line);
        }
    }

    /** Clears the report when another project becomes current: its numbers are not this project's. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void projectChanged(@UIEventTopic(ProjectService.TOPIC_CHANGED) OpenProject project) {
        if (metrics == null || metrics.isDisposed() || project == null || shown == null
                || project.folder().equals(shownFor)) {
            return;
        }
        shown = null;
        shownFor = null;
        metrics.removeAll();
        for (TableColumn c : metrics.getColumns()) {
            c.dispose();
        }
        clear(reliability);
        reliability.redraw();
        clear(dataMap);
        dataMap.redraw();
        mapRegime.removeAll();
        showWarnings(List.of());
        status.setText(NLS.bind(Messages.Report_projectChanged, project.descriptor().name()));
    }

    private void evaluate() {
        Optional<OpenProject> project = projects.current();
        if (project.isEmpty()) {
            status.setText(Messages.Report_noProject);
            return;
        }
        List<String> regimes = new ArrayList<>();
        for (Button b : regimeBoxes) {
            if (b.getSelection()) {
                regimes.add(b.getText());
            }
        }
        if (regimes.isEmpty()) {
            status.setText(Messages.Report_noRegime);
            return;
        }
        List<String> human = regimes.stream().filter(HUMAN_REGIMES::contains).toList();
        if (!human.isEmpty() && !hasJudgments(project.get())) {
            // these regimes would train on the hard labels and only look like a comparison
            status.setText(NLS.bind(Messages.Report_noHumanLabels, String.join(", ", human),
                    project.get().journals()));
            return;
        }
        if (!human.isEmpty()) {
            // answers exist, but perhaps none this regime can train on (e.g. only mixing-factor answers for
            // human-soft): then it would equal 'hard'
            Map<String, String> unusable;
            try {
                unusable = EvaluationJobs.regimesWithoutLabels(journals(project.get()),
                        project.get().descriptor().classes(), human);
            } catch (IOException | RuntimeException e) {
                unusable = Map.of(); // the server reads the journals again and says what is wrong with them
            }
            if (!unusable.isEmpty()) {
                status.setText(NLS.bind(Messages.Report_unusableHumanLabels, String.join(", ", unusable.keySet()),
                        String.join("; ", unusable.values())));
                return;
            }
        }
        EvaluationServers servers = Services.get(EvaluationServers.class);
        new EvaluateJob(project.get(), regimes, EvalPreferences.getInt(EvalPreferences.EPOCHS,
                EvalPreferences.DEFAULT_EPOCHS), EvalPreferences.getInt(EvalPreferences.SEEDS,
                        EvalPreferences.DEFAULT_SEEDS), servers, events).schedule();
    }

    /** The project's journals ({@code *.jsonl} in its journal folder), sorted. */
    private static List<Path> journals(OpenProject project) throws IOException {
        if (!Files.isDirectory(project.journals())) {
            return List.of();
        }
        try (var files = Files.list(project.journals())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    /** Whether any journal of {@code project} holds a judgment (a line). */
    private static boolean hasJudgments(OpenProject project) {
        try (var files = Files.list(project.journals())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).anyMatch(f -> {
                try {
                    return Files.size(f) > 0;
                } catch (IOException e) {
                    return true; // let the server say what is wrong with it
                }
            });
        } catch (IOException e) {
            return false; // no journals folder: no judgments
        }
    }

    private void openStored() {
        FileDialog d = new FileDialog(metrics.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.json"});
        projects.current().ifPresent(p -> d.setFilterPath(p.folder().resolve("reports").toString()));
        String file = d.open();
        if (file != null) {
            try {
                open(Path.of(file));
            } catch (IOException e) {
                status.setText(NLS.bind(Messages.Report_openFailed, e.getMessage()));
            }
        }
    }

    /** Shows the stored report {@code json} (and its HTML page beside it, {@code .html}, when present). */
    public void open(Path json) throws IOException {
        EvaluationReport report;
        try {
            report = ContractJson.readReport(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(json + ": " + e.getMessage(), e);
        }
        String name = json.getFileName().toString();
        Path html = json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".html");
        show(new ShownReport(report, Files.isRegularFile(html) ? Files.readString(html, StandardCharsets.UTF_8)
                : null));
    }

    private void exportHtml() {
        if (shown == null || shown.html() == null) {
            status.setText(NLS.bind(Messages.Report_noHtml, shown == null ? "-" : shown.report().name()));
            return;
        }
        FileDialog d = new FileDialog(metrics.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.html"});
        d.setFileName("report.html");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                Files.writeString(Path.of(file), shown.html(), StandardCharsets.UTF_8);
                status.setText(NLS.bind(Messages.Report_exported, file));
            } catch (IOException e) {
                status.setText(NLS.bind(Messages.Report_openFailed, e.getMessage()));
            }
        }
    }

    /** Shows {@code report}. */
    void show(ShownReport report) {
        shown = report;
        shownFor = projects.current().map(OpenProject::folder).orElse(null);
        EvaluationReport r = report.report();
        status.setText(NLS.bind(Messages.Report_header, new Object[] {r.name(), r.regimes().size(), r.createdAt()}));
        showWarnings(warningsOf(r));
        fillMetrics(r);
        drawReliability(r);
        mapRegime.setItems(r.regimes().stream().map(EvaluationReport.RegimeResult::name).toArray(String[]::new));
        mapRegime.select(0);
        drawDataMap();
    }

    /** Metric names in display order: {@link #FIRST} present in the report, then the rest. */
    static List<String> metricOrder(EvaluationReport r) {
        Set<String> all = new LinkedHashSet<>();
        r.regimes().forEach(g -> all.addAll(g.aggregate().keySet()));
        List<String> out = new ArrayList<>();
        for (String m : FIRST) {
            if (all.remove(m)) {
                out.add(m);
            }
        }
        out.addAll(all);
        return out;
    }

    /** A cell: {@code mean [low, high]} (just the mean for one seed), or a dash when absent. */
    static String cell(EvaluationReport.Aggregate a) {
        if (a == null || Double.isNaN(a.mean())) {
            return "\u2013";
        }
        if (a.n() <= 1) {
            return String.format(Locale.ROOT, "%.4f", a.mean());
        }
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", a.mean(), a.low(), a.high());
    }

    private void fillMetrics(EvaluationReport r) {
        metrics.removeAll();
        for (TableColumn c : metrics.getColumns()) {
            c.dispose();
        }
        TableColumn first = new TableColumn(metrics, SWT.LEFT);
        first.setText(Messages.Report_metric);
        first.setWidth(290);
        for (EvaluationReport.RegimeResult g : r.regimes()) {
            TableColumn c = new TableColumn(metrics, SWT.LEFT);
            c.setText(g.name());
            c.setWidth(210);
        }
        for (String m : metricOrder(r)) {
            TableItem item = new TableItem(metrics, SWT.NONE);
            item.setText(0, MetricNames.name(m));
            item.setData(m); // the key, for the tooltip
            for (int i = 0; i < r.regimes().size(); i++) {
                item.setText(i + 1, cell(r.regimes().get(i).aggregate().get(m)));
            }
        }
    }

    /** Sets the metric table's tooltip to the definition of the row at {@code (x, y)}. */
    void showDefinition(int x, int y) {
        TableItem item = metrics.getItem(new org.eclipse.swt.graphics.Point(x, y));
        String tip = item != null && item.getData() instanceof String key ? MetricNames.tooltip(key) : null;
        if (!java.util.Objects.equals(tip, metrics.getToolTipText())) {
            metrics.setToolTipText(tip);
        }
    }

    private void clear(Chart c) {
        for (ISeries<?> s : c.getSeriesSet().getSeries()) {
            c.getSeriesSet().deleteSeries(s.getId());
        }
    }

    private static final int[] COLORS = {SWT.COLOR_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_MAGENTA,
        SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_CYAN};

    private Color color(int i) {
        return reliability.getDisplay().getSystemColor(COLORS[i % COLORS.length]);
    }

    private void drawReliability(EvaluationReport r) {
        clear(reliability);
        ILineSeries<?> identity = (ILineSeries<?>) reliability.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                IDENTITY);
        identity.setDescription(Messages.Report_perfect);
        identity.setXSeries(new double[] {0, 1});
        identity.setYSeries(new double[] {0, 1});
        identity.setLineStyle(LineStyle.DASH);
        identity.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        identity.setLineColor(reliability.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int i = 0; i < r.regimes().size(); i++) {
            EvaluationReport.RegimeResult g = r.regimes().get(i);
            List<double[]> pts = new ArrayList<>();
            for (EvaluationReport.ReliabilityBin b : g.reliability() == null ? List.<EvaluationReport.ReliabilityBin>of()
                    : g.reliability()) {
                if (b.count() > 0 && b.confidence() != null && b.accuracy() != null) {
                    pts.add(new double[] {b.confidence(), b.accuracy()});
                }
            }
            ILineSeries<?> s = (ILineSeries<?>) reliability.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                    "reliability-" + i);
            s.setDescription(g.name());
            s.setXSeries(pts.stream().mapToDouble(p -> p[0]).toArray());
            s.setYSeries(pts.stream().mapToDouble(p -> p[1]).toArray());
            s.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            s.setLineColor(color(i));
            s.setSymbolColor(color(i));
        }
        reliability.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
        reliability.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        reliability.redraw();
    }

    private void drawDataMap() {
        clear(dataMap);
        if (shown == null || mapRegime.getSelectionIndex() < 0) {
            return;
        }
        EvaluationReport.RegimeResult g = shown.report().regimes().get(mapRegime.getSelectionIndex());
        List<EvaluationReport.DataMapPoint> points = g.dataMap() == null ? List.of() : g.dataMap().points();
        ILineSeries<?> s = (ILineSeries<?>) dataMap.getSeriesSet().createSeries(ISeries.SeriesType.LINE, "datamap");
        s.setDescription(g.name());
        s.setXSeries(points.stream().mapToDouble(EvaluationReport.DataMapPoint::variability).toArray());
        s.setYSeries(points.stream().mapToDouble(EvaluationReport.DataMapPoint::confidence).toArray());
        s.setLineStyle(LineStyle.NONE);
        s.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        s.setSymbolSize(3);
        s.setSymbolColor(color(mapRegime.getSelectionIndex()));
        dataMap.getAxisSet().getXAxis(0).setRange(new Range(0, 0.5));
        dataMap.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        dataMap.redraw();
    }
}
