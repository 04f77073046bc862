package org.hillmix.ui.internal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.hillmix.core.results.PairPerception;
import org.hillmix.core.results.ResultsAnalysis;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.ProjectService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Mixup perception: mean perceived against true lambda of image 1 (mixing-factor answers), with
 * 95% intervals as error bars and the identity line, for one class pair or all pairs pooled
 * (pooled means are weighted by answers); and a table per class pair with answers, mean bias
 * (perceived - true) and mean confidence. Drawn with Eclipse SWTChart.
 */
public final class MixupPerceptionView extends ResultsView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.mixupPerception";
    /** Id of the chart series of mean perceived lambdas. */
    public static final String PERCEIVED_SERIES = "perceived";
    /** Id of the identity-line series. */
    public static final String IDENTITY_SERIES = "identity";

    private Combo pairChoice;
    private Chart chart;
    private SortableTable<PairPerception> table;
    private List<PairPerception> pairs = List.of();

    /** Created by the workbench with the project service. */
    @Inject
    public MixupPerceptionView(ProjectService projects) {
        super(projects);
    }

    /** Builds the view. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite c = createHeader(parent, WidgetIds.PERCEPTION_HEADER);
        Composite row = new Composite(c, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        new Label(row, SWT.NONE).setText(Messages.Results_pair);
        pairChoice = new Combo(row, SWT.READ_ONLY);
        pairChoice.setData(WidgetIds.KEY, WidgetIds.PERCEPTION_PAIR);
        pairChoice.addListener(SWT.Selection, e -> drawChart());
        chart = new Chart(c, SWT.NONE);
        chart.setData(WidgetIds.KEY, WidgetIds.PERCEPTION_CHART);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.heightHint = 320;
        chart.setLayoutData(chartData);
        chart.getTitle().setText(Messages.Results_perceptionTitle);
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Results_trueLambda);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Results_perceivedLambda);
        table = new SortableTable<>(c, WidgetIds.PERCEPTION_TABLE, List.of(
                new SortableTable.Column<>(Messages.Results_pair, 220, PairPerception::pair,
                        Comparator.comparing(PairPerception::pair)),
                new SortableTable.Column<>(Messages.Results_answers, 90, p -> Integer.toString(p.answers()),
                        Comparator.comparingInt(PairPerception::answers)),
                new SortableTable.Column<>(Messages.Results_bias, 110, p -> SortableTable.number(p.meanBias(), 3),
                        SortableTable.byDouble(PairPerception::meanBias)),
                new SortableTable.Column<>(Messages.Results_confidence, 110,
                        p -> SortableTable.number(p.meanConfidence(), 2),
                        SortableTable.byDouble(PairPerception::meanConfidence))));
        ((GridData) table.table().getLayoutData()).heightHint = 140;
        followProject();
    }

    @Override
    protected void render(ResultsAnalysis result) {
        pairs = result.perception();
        List<String> names = new ArrayList<>();
        names.add(Messages.Results_allPairs);
        pairs.forEach(p -> names.add(p.pair()));
        pairChoice.setItems(names.toArray(String[]::new));
        pairChoice.select(0);
        table.setRows(pairs);
        drawChart();
    }

    /** The points of the chosen pair, or of all pairs pooled by true lambda (index 0). */
    private List<PairPerception.Point> chosenPoints() {
        int i = pairChoice.getSelectionIndex();
        if (i > 0) {
            return pairs.get(i - 1).points();
        }
        // pool: answer-weighted mean per true lambda; the pooled interval is not shown
        TreeMap<Double, double[]> pooled = new TreeMap<>();
        for (PairPerception p : pairs) {
            for (PairPerception.Point pt : p.points()) {
                double[] acc = pooled.computeIfAbsent(pt.trueLambda(), k -> new double[2]);
                acc[0] += pt.meanPerceived() * pt.n();
                acc[1] += pt.n();
            }
        }
        List<PairPerception.Point> out = new ArrayList<>();
        pooled.forEach((t, acc) -> out.add(new PairPerception.Point(t, acc[0] / acc[1], Double.NaN, (int) acc[1])));
        return out;
    }

    private void drawChart() {
        List<PairPerception.Point> points = chosenPoints();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        ILineSeries<?> identity = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                IDENTITY_SERIES);
        identity.setDescription(Messages.Results_identity);
        identity.setXSeries(new double[] {0, 1});
        identity.setYSeries(new double[] {0, 1});
        identity.setLineStyle(LineStyle.DASH);
        identity.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        identity.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        ILineSeries<?> perceived = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                PERCEIVED_SERIES);
        perceived.setDescription(Messages.Results_perceived);
        double[] x = points.stream().mapToDouble(PairPerception.Point::trueLambda).toArray();
        double[] y = points.stream().mapToDouble(PairPerception.Point::meanPerceived).toArray();
        double[] err = points.stream().mapToDouble(p -> Double.isNaN(p.halfWidth()) ? 0 : p.halfWidth()).toArray();
        perceived.setXSeries(x);
        perceived.setYSeries(y);
        perceived.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        perceived.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLUE));
        perceived.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLUE));
        IErrorBar bars = perceived.getYErrorBar();
        bars.setType(IErrorBar.ErrorBarType.BOTH);
        bars.setPlusErrors(err);
        bars.setMinusErrors(err);
        bars.setVisible(true);
        chart.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        chart.redraw();
    }

    /** The chart, for tests. */
    public Chart chart() {
        return chart;
    }
}
