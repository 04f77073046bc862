package org.hillmix.ui.internal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
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
import org.hillmix.core.protocol.Protocol;
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
    /** Id of the series of construct-midpoint answers (the lambda judged an even mix, at perceived 0.5). */
    public static final String CONSTRUCT_SERIES = "construct";
    /** Id of the series of select-shuffled answers (the lambda chosen as the even mix, at perceived 0.5). */
    public static final String SELECT_SERIES = "select";

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
                        SortableTable.byDouble(PairPerception::meanConfidence)),
                new SortableTable.Column<>(Messages.Results_evenConstruct, 150,
                        p -> midpointCell(p, Protocol.CONSTRUCT_MIDPOINT),
                        SortableTable.byDouble(p -> midpointLambda(p, Protocol.CONSTRUCT_MIDPOINT))),
                new SortableTable.Column<>(Messages.Results_evenSelect, 150,
                        p -> midpointCell(p, Protocol.SELECT_SHUFFLED),
                        SortableTable.byDouble(p -> midpointLambda(p, Protocol.SELECT_SHUFFLED)))));
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

    private static double midpointLambda(PairPerception p, Protocol protocol) {
        return p.midpoint(protocol).map(PairPerception.Midpoint::meanLambda).orElse(Double.NaN);
    }

    /** "0.48 (n = 12)", or an en dash without answers of the protocol. */
    private static String midpointCell(PairPerception p, Protocol protocol) {
        return p.midpoint(protocol).map(m -> NLS.bind(Messages.Results_evenCell, SortableTable.number(m.meanLambda(),
                2), m.n())).orElse("\u2013");
    }

    /**
     * The midpoint answers of {@code protocol} for the chosen pair (with their interval), or pooled over all pairs
     * (answer-weighted mean, no interval); empty when there are none.
     */
    private java.util.Optional<PairPerception.Midpoint> chosenMidpoint(Protocol protocol) {
        int i = pairChoice.getSelectionIndex();
        if (i > 0) {
            return pairs.get(i - 1).midpoint(protocol);
        }
        double sum = 0;
        int n = 0;
        for (PairPerception p : pairs) {
            for (PairPerception.Midpoint m : p.midpoints()) {
                if (m.protocol() == protocol) {
                    sum += m.meanLambda() * m.n();
                    n += m.n();
                }
            }
        }
        return n == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new PairPerception.Midpoint(protocol, sum / n, Double.NaN, n));
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
        midpointSeries(Protocol.CONSTRUCT_MIDPOINT, CONSTRUCT_SERIES, Messages.Results_evenConstructSeries,
                SWT.COLOR_DARK_GREEN, ILineSeries.PlotSymbolType.DIAMOND);
        midpointSeries(Protocol.SELECT_SHUFFLED, SELECT_SERIES, Messages.Results_evenSelectSeries, SWT.COLOR_DARK_MAGENTA,
                ILineSeries.PlotSymbolType.TRIANGLE);
        chart.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        chart.redraw();
    }

    /**
     * A midpoint protocol's answers as one point (mean chosen lambda, 0.5) with its interval as a horizontal bar:
     * at that true lambda the mix was perceived as even.
     */
    private void midpointSeries(Protocol protocol, String id, String description, int color,
            ILineSeries.PlotSymbolType symbol) {
        java.util.Optional<PairPerception.Midpoint> m = chosenMidpoint(protocol);
        if (m.isEmpty()) {
            return;
        }
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, id);
        s.setDescription(NLS.bind(description, m.get().n()));
        s.setXSeries(new double[] {m.get().meanLambda()});
        s.setYSeries(new double[] {0.5});
        s.setLineStyle(LineStyle.NONE);
        s.setSymbolType(symbol);
        s.setSymbolSize(6);
        s.setSymbolColor(chart.getDisplay().getSystemColor(color));
        double half = Double.isNaN(m.get().halfWidth()) ? 0 : m.get().halfWidth();
        IErrorBar bars = s.getXErrorBar();
        bars.setType(IErrorBar.ErrorBarType.BOTH);
        bars.setPlusErrors(new double[] {half});
        bars.setMinusErrors(new double[] {half});
        bars.setVisible(half > 0);
    }

    /** The chart, for tests. */
    public Chart chart() {
        return chart;
    }
}
