package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectStimuli;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.core.project.ProjectJson;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.hillmix.ui.services.Services;
import org.hillmix.ui.internal.results.AgreementView;
import org.hillmix.ui.internal.results.LabelDistributionView;
import org.hillmix.ui.internal.results.MixupPerceptionView;
import org.hillmix.ui.internal.results.ResultsView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three result views on a project whose journals hold judgments with hand-worked figures: the
 * views follow the opened project, analyse in a job and show the numbers, sortable.
 */
class ResultsViewsTest {

    @TempDir
    Path project;

    private ViewSessionFixture fx;

    private static Judgment j(String who, String item, Object answer, Map<String, String> attributes) {
        return new Judgment(who, item, (org.hillmix.core.protocol.Answer) answer, 100, Instant.EPOCH, Instant.EPOCH,
                false, attributes);
    }

    private static FreeDistributionAnswer w(double... weights) {
        return new FreeDistributionAnswer(Arrays.stream(weights).boxed().toList());
    }

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
        ProjectJson.write(project, HillmixProject.create("Results", ClassSet.of("a", "b", "c"), null));
        Path journals = Files.createDirectories(project.resolve(HillmixProject.JOURNALS));
        Map<String, String> at03 = Map.of("class1", "cat", "class2", "dog", "mixtureCoeff", "0.3");
        JudgmentJsonl.write(journals.resolve("p.jsonl"), List.of(j("p", "x", w(1, 0, 0), Map.of()),
                j("p", "y", w(0, 0, 3), Map.of()), j("p", "m1", new MixingFactorAnswer(60, 50), at03)), null);
        JudgmentJsonl.write(journals.resolve("q.jsonl"), List.of(j("q", "x", w(1, 1, 0), Map.of()),
                j("q", "m1", new MixingFactorAnswer(80, 100), at03)), null);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private Table table(String id) {
        return fx.widget(id);
    }

    private static String cell(Table t, int row, int column) {
        return t.getItem(row).getText(column);
    }

    @Test
    void viewsFollowTheProjectAndShowTheFigures() throws Exception {
        fx.showView(LabelDistributionView.ID);
        fx.showView(AgreementView.ID);
        fx.showView(MixupPerceptionView.ID);
        Services.projects().open(project);
        fx.ui.processEvents();
        Job.getJobManager().join(ResultsView.FAMILY, null);
        Table labels = table(WidgetIds.LABELS_TABLE);
        fx.ui.waitUntil(() -> labels.getItemCount() == 2, () -> "rows: " + labels.getItemCount());

        // x: mean (0.75, 0.25, 0); H = 0.811 bits; JS = 0.311 bits; sorted by disagreement, highest first.
        assertEquals("x", cell(labels, 0, 0));
        assertEquals("a 0.75, b 0.25", cell(labels, 0, 1));
        assertEquals("0.811", cell(labels, 0, 2));
        assertEquals("2", cell(labels, 0, 3));
        assertEquals("0.311", cell(labels, 0, 4));
        assertEquals("\u2013", cell(labels, 1, 4), "one annotator: no disagreement");
        // Header clicks sort: Item ascending, then descending.
        labels.getColumn(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("x", cell(labels, 0, 0));
        labels.getColumn(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("y", cell(labels, 0, 0));
        // Selecting an item lists its annotators' labels.
        labels.setSelection(1);
        labels.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Table detail = table(WidgetIds.LABELS_DETAIL);
        assertEquals(2, detail.getItemCount());
        assertEquals("p", cell(detail, 0, 0));
        assertEquals("a 1.00", cell(detail, 0, 1));
        fx.page.activate(fx.page.findView(LabelDistributionView.ID));
        fx.screenshot("label-distribution-view.png");

        Table agreement = table(WidgetIds.AGREEMENT_TABLE);
        assertEquals(2, agreement.getItemCount());
        assertEquals("p", cell(agreement, 0, 0));
        assertEquals("3", cell(agreement, 0, 1));
        assertEquals("0.311", cell(agreement, 0, 5));
        assertEquals("kept", cell(agreement, 0, 6));
        assertTrue(fx.<Label>widget(WidgetIds.AGREEMENT_ALPHA).getText().contains("alpha"));
        Table pairTable = table(WidgetIds.AGREEMENT_PAIRS);
        assertEquals(1, pairTable.getItemCount());
        assertEquals("p", cell(pairTable, 0, 0));
        assertEquals("q", cell(pairTable, 0, 1));
        assertEquals("1", cell(pairTable, 0, 2));
        assertEquals("0.311", cell(pairTable, 0, 3));
        fx.page.activate(fx.page.findView(AgreementView.ID));
        fx.screenshot("agreement-view.png");

        Chart chart = fx.widget(WidgetIds.PERCEPTION_CHART);
        double[] y = chart.getSeriesSet().getSeries(MixupPerceptionView.PERCEIVED_SERIES).getYSeries();
        assertArrayEquals(new double[] {0.3}, y, 1e-12, "all pairs pooled: (0.4 + 0.2) / 2 at true lambda 0.3");
        org.eclipse.swt.widgets.Combo pair = fx.widget(WidgetIds.PERCEPTION_PAIR);
        assertEquals(List.of("All pairs", "cat / dog"), List.of(pair.getItems()));
        pair.select(1);
        pair.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertArrayEquals(new double[] {0.196},
                chart.getSeriesSet().getSeries(MixupPerceptionView.PERCEIVED_SERIES).getYErrorBar().getPlusErrors(),
                1e-12);
        Table pairs = table(WidgetIds.PERCEPTION_TABLE);
        assertEquals("cat / dog", cell(pairs, 0, 0));
        assertEquals("2", cell(pairs, 0, 1));
        assertEquals("0.000", cell(pairs, 0, 2));
        assertEquals("0.75", cell(pairs, 0, 3));
        fx.page.activate(fx.page.findView(MixupPerceptionView.ID));
        fx.screenshot("mixup-perception-view.png");

        // An exclusion policy from the preferences: every judgment here took 100 ms.
        var prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(org.hillmix.ui.preferences.PreferenceConstants.NODE);
        prefs.putInt(org.hillmix.ui.preferences.PreferenceConstants.EXCLUDE_MIN_MEDIAN_RT_MS, 250);
        try {
            Services.projects().open(project);
            fx.ui.processEvents();
            Job.getJobManager().join(ResultsView.FAMILY, null);
            fx.ui.waitUntil(() -> agreement.getItemCount() == 2 && cell(agreement, 0, 6).startsWith("excluded"),
                    () -> "exclusion column: " + (agreement.getItemCount() > 0 ? cell(agreement, 0, 6) : "-"));
            assertTrue(cell(agreement, 1, 6).contains("250"), cell(agreement, 1, 6));
        } finally {
            prefs.remove(org.hillmix.ui.preferences.PreferenceConstants.EXCLUDE_MIN_MEDIAN_RT_MS);
        }
    }

    @Test
    void tablesWidenWithTheViewShowThumbnailsAndTheMidpointAnswers() throws Exception {
        Path study = Files.createDirectories(project.resolve("study"));
        for (String cls : List.of("cat", "dog")) {
            Path dir = Files.createDirectories(study.resolve("images").resolve(cls));
            for (int i = 0; i < 2; i++) {
                byte[] px = new byte[3 * 8 * 8];
                Arrays.fill(px, (byte) (cls.equals("cat") ? 30 + 40 * i : 220 - 40 * i));
                ImageCodec.writePng(ImageTensor.fromBytes(3, 8, 8, px), dir.resolve(cls + i + ".png"));
            }
        }
        HillmixProject descriptor = ProjectStimuli.generate(study, HillmixProject.create("Thumbs",
                ClassSet.of("cat", "dog"), new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images")), "mix",
                false, 2, LambdaSampler.grid(0.3), 5, false,
                org.hillmix.core.progress.ProgressMonitor.NULL);
        ProjectJson.write(study, descriptor);
        List<StimulusItem> stimuli = StimulusItem.read(HillmixProject.stimulusFolder(study, "mix"), false);
        assertEquals(2, stimuli.size());
        Map<String, String> pair = Map.of("class1", "cat", "class2", "dog");
        Path journals = Files.createDirectories(study.resolve(HillmixProject.JOURNALS));
        JudgmentJsonl.write(journals.resolve("p.jsonl"), List.of(
                j("p", stimuli.get(0).id(), new FreeDistributionAnswer(List.of(1.0, 0.0)), Map.of()),
                j("p", stimuli.get(1).id(), new FreeDistributionAnswer(List.of(1.0, 3.0)), Map.of()),
                j("p", "s1", new ConstructMidpointAnswer(0.1, 0.6, 0.1), pair),
                j("q", "s1", new ConstructMidpointAnswer(0.9, 0.4, 0.1), pair),
                j("p", "s1", new SelectShuffledAnswer(0.7, List.of()), pair)), null);

        fx.showView(MixupPerceptionView.ID);
        fx.showView(LabelDistributionView.ID);
        Services.projects().open(study);
        fx.ui.processEvents();
        Job.getJobManager().join(ResultsView.FAMILY, null);
        Table labels = table(WidgetIds.LABELS_TABLE);
        fx.ui.waitUntil(() -> labels.getItemCount() == 2, () -> "rows: " + labels.getItemCount());

        // each row shows its own stimulus (8x8 pixels, enlarged 4 times to the thumbnail's 32)
        for (int row = 0; row < 2; row++) {
            String item = cell(labels, row, 0);
            Path file = stimuli.stream().filter(st -> st.id().equals(item)).findFirst().orElseThrow().image();
            org.eclipse.swt.graphics.Image thumbnail = labels.getItem(row).getImage(0);
            assertTrue(thumbnail != null, "no thumbnail in row " + row);
            org.eclipse.swt.graphics.ImageData shown = thumbnail.getImageData();
            org.eclipse.swt.graphics.ImageData expected = new org.eclipse.swt.graphics.ImageData(file.toString());
            assertEquals(4 * expected.width, shown.width);
            assertEquals(4 * expected.height, shown.height);
            assertEquals(expected.getPixel(3, 3), shown.getPixel(4 * 3 + 2, 4 * 3 + 1),
                    "the thumbnail is the item's stimulus, pixel-exact");
        }

        fx.page.activate(fx.page.findView(LabelDistributionView.ID));
        fx.screenshot("label-distribution-thumbnails.png");

        // the columns take the table's width, and keep their own widths when it is narrower
        fx.shell.setSize(1600, 900);
        fx.ui.processEvents();
        int wide = labels.getClientArea().width;
        assertTrue(wide > 1200, "client " + wide);
        assertEquals(wide, sumOfWidths(labels));
        fx.shell.setSize(1100, 820);
        fx.ui.processEvents();
        assertEquals(Math.max(labels.getClientArea().width, 970), sumOfWidths(labels));

        // construct and select-shuffled answers join the perception chart at perceived 0.5
        Chart chart = fx.widget(WidgetIds.PERCEPTION_CHART);
        fx.ui.waitUntil(() -> chart.getSeriesSet().getSeries(MixupPerceptionView.CONSTRUCT_SERIES) != null,
                () -> "no construct series");
        assertArrayEquals(new double[] {0.5}, chart.getSeriesSet().getSeries(MixupPerceptionView.CONSTRUCT_SERIES)
                .getXSeries(), 1e-12, "(0.6 + 0.4) / 2");
        assertArrayEquals(new double[] {0.5}, chart.getSeriesSet().getSeries(MixupPerceptionView.CONSTRUCT_SERIES)
                .getYSeries(), 0);
        assertArrayEquals(new double[] {0.7}, chart.getSeriesSet().getSeries(MixupPerceptionView.SELECT_SERIES)
                .getXSeries(), 1e-12);
        Table pairs = table(WidgetIds.PERCEPTION_TABLE);
        assertEquals("cat / dog", cell(pairs, 0, 0));
        assertEquals("\u03bb 0.50 (n = 2)", cell(pairs, 0, 4));
        assertEquals("\u03bb 0.70 (n = 1)", cell(pairs, 0, 5));
    }

    private static int sumOfWidths(Table t) {
        int sum = 0;
        for (org.eclipse.swt.widgets.TableColumn c : t.getColumns()) {
            sum += c.getWidth();
        }
        return sum;
    }
}

