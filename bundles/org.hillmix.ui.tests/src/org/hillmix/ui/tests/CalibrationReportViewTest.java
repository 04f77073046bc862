package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.PlatformUI;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.ui.eval.internal.server.LocalServerProcess;
import org.hillmix.ui.eval.internal.views.CalibrationReportView;
import org.hillmix.ui.eval.internal.views.ReportEvents;
import org.hillmix.ui.eval.internal.views.ShownReport;
import org.eclipse.osgi.util.NLS;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.ui.eval.internal.server.EvaluationServers;
import org.hillmix.ui.services.Services;
import org.hillmix.ui.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The calibration report view renders a stored report (a real evaluation runner output, see
 * resources/reports/README.md), checked against the JSON read independently; and the local
 * evaluation server starts as a child process and answers.
 */
class CalibrationReportViewTest {

    @TempDir
    Path temp;

    private ViewSessionFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private static Path resources() {
        return Path.of(System.getProperty("hillmix.test.resources", "resources"));
    }

    @Test
    void rendersAStoredReport() throws Exception {
        Path json = resources().resolve("reports/report.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        JsonNode expected = new ObjectMapper().readTree(text);
        fx.showView(CalibrationReportView.ID);
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        broker.send(ReportEvents.TOPIC_REPORT, new ShownReport(ContractJson.readReport(text),
                Files.readString(resources().resolve("reports/report.html"))));
        Table metrics = fx.widget(CalibrationReportView.METRICS);
        fx.ui.waitUntil(() -> metrics.getItemCount() > 0, () -> "no metric rows");

        JsonNode regimes = expected.path("regimes");
        assertEquals(1 + regimes.size(), metrics.getColumnCount());
        for (int r = 0; r < regimes.size(); r++) {
            assertEquals(regimes.get(r).path("name").asText(), metrics.getColumn(r + 1).getText());
        }
        // First rows: accuracy, then ece, by their readable names; cells "mean [low, high]" over the two seeds.
        assertEquals("Accuracy", metrics.getItem(0).getText(0));
        assertEquals("ECE (expected calibration error)", metrics.getItem(1).getText(0));
        // the definition is the row's tooltip
        // (the point SWT's own hit test places on the ECE row, as a real pointer there would be)
        fx.ui.processEvents(); // laid out and painted
        org.eclipse.swt.graphics.Rectangle eceRow = metrics.getItem(1).getBounds(0);
        org.eclipse.swt.graphics.Rectangle area = metrics.getClientArea();
        org.eclipse.swt.widgets.Event hover = new org.eclipse.swt.widgets.Event();
        hover.x = area.x + 10;
        hover.y = Integer.MIN_VALUE;
        for (int y = area.y; y < area.y + area.height; y++) {
            if (metrics.getItem(new org.eclipse.swt.graphics.Point(hover.x, y)) == metrics.getItem(1)) {
                hover.y = y;
                break;
            }
        }
        assertTrue(hover.y != Integer.MIN_VALUE, "no point of the table hits the ECE row; row bounds " + eceRow
                + ", client area " + area);
        metrics.notifyListeners(org.eclipse.swt.SWT.MouseHover, hover);
        assertTrue(metrics.getToolTipText() != null && metrics.getToolTipText().startsWith(
                "ECE (expected calibration error): sum_b (n_b / N) |acc_b - conf_b| over bins equal-width bins of the"
                        + " top confidence."), metrics.getToolTipText());
        for (int r = 0; r < regimes.size(); r++) {
            JsonNode ece = regimes.get(r).path("aggregate").path("ece");
            String cell = String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", ece.path("mean").asDouble(),
                    ece.path("low").asDouble(), ece.path("high").asDouble());
            assertEquals(cell, metrics.getItem(1).getText(r + 1), "ECE of " + regimes.get(r).path("name"));
        }
        List<String> names = new ArrayList<>();
        regimes.get(0).path("aggregate").fieldNames().forEachRemaining(names::add);
        assertEquals(names.size(), metrics.getItemCount(), "one row per metric of the report");

        Chart reliability = fx.widget(CalibrationReportView.RELIABILITY);
        assertEquals(1 + regimes.size(), reliability.getSeriesSet().getSeries().length, "identity + one per regime");
        int nonEmpty = 0;
        for (JsonNode bin : regimes.get(0).path("reliability")) {
            if (bin.path("count").asInt() > 0) {
                nonEmpty++;
            }
        }
        assertEquals(nonEmpty, reliability.getSeriesSet().getSeries("reliability-0").getYSeries().length);
        Chart map = fx.widget(CalibrationReportView.DATA_MAP);
        assertEquals(regimes.get(0).path("dataMap").path("points").size(),
                map.getSeriesSet().getSeries("datamap").getYSeries().length);
        assertTrue(fx.<Label>widget(CalibrationReportView.STATUS).getText()
                .startsWith(expected.path("name").asText()));
        fx.screenshot("calibration-report-view.png");

        // a wide, short view (as in the Results perspective's bottom row) puts the charts side by side
        fx.shell.setSize(1100, 480);
        fx.ui.processEvents();
        org.eclipse.swt.graphics.Point r = reliability.toDisplay(0, 0);
        org.eclipse.swt.graphics.Point d = map.toDisplay(0, 0);
        assertTrue(d.x > r.x && Math.abs(d.y - r.y) < reliability.getSize().y, "charts at " + r + " and " + d);
        assertTrue(reliability.getSize().y >= 180 && map.getSize().y >= 150, "chart heights "
                + reliability.getSize().y + ", " + map.getSize().y);
        fx.shell.setSize(1100, 820);
        fx.ui.processEvents();
        assertTrue(map.toDisplay(0, 0).y > reliability.toDisplay(0, 0).y, "tall: the data map below");
    }

    @Test
    void theLocalServerMayReadADataSetOutsideTheProject() throws Exception {
        Path project = Files.createDirectories(temp.resolve("study"));
        Path images = Files.createDirectories(temp.resolve("elsewhere/images"));
        Path cifar = Files.createDirectories(temp.resolve("cifar")).resolve("data_batch_1.bin");
        Files.write(cifar, new byte[1]);
        ClassSet classes = ClassSet.of("cat", "dog");
        // an image folder outside: the folder itself
        assertEquals(List.of(project, images), EvaluationServers.readableFolders(new OpenProject(project,
                HillmixProject.create("p", classes, new DatasetLocation(DatasetKind.IMAGE_FOLDER,
                        images.toString())))));
        // a data file outside (the wizard stores it absolute): the folder holding it
        assertEquals(List.of(project, cifar.getParent()), EvaluationServers.readableFolders(new OpenProject(project,
                HillmixProject.create("p", classes, new DatasetLocation(DatasetKind.CIFAR_BINARY,
                        cifar.toString())))));
        // inside the project (stored relative): the project folder covers it
        Files.createDirectories(project.resolve("images"));
        assertEquals(List.of(project), EvaluationServers.readableFolders(new OpenProject(project,
                HillmixProject.create("p", classes, new DatasetLocation(DatasetKind.IMAGE_FOLDER,
                        "images")))));
    }

    @Test
    void warningsComeFirstAndRegimesWithTheSameNumbersAreFlagged() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String original = Files.readString(resources().resolve("reports/report.json"), StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper
                .readTree(original);
        com.fasterxml.jackson.databind.node.ArrayNode regimes = (com.fasterxml.jackson.databind.node.ArrayNode) json
                .get("regimes");
        String first = regimes.get(0).path("name").asText();
        com.fasterxml.jackson.databind.node.ObjectNode copy = regimes.get(0).deepCopy();
        copy.put("name", "copy-of-first");
        regimes.add(copy);
        String served = "Human-alignment metrics use only 0 of 305 test items that have human labels";
        json.putArray("warnings").add(served);
        fx.showView(CalibrationReportView.ID);
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        broker.send(ReportEvents.TOPIC_REPORT, new ShownReport(ContractJson.readReport(mapper.writeValueAsString(json)),
                null));
        Label heading = fx.widget(CalibrationReportView.WARNINGS_HEADING);
        fx.ui.waitUntil(heading::isVisible, () -> "no warnings shown");
        assertEquals(NLS.bind(org.hillmix.ui.eval.internal.l10n.Messages.Report_warnings, 2), heading.getText());
        org.eclipse.swt.widgets.Text list = fx.widget(CalibrationReportView.WARNINGS);
        assertEquals("\u2022 " + NLS.bind(org.hillmix.ui.eval.internal.l10n.Messages.Report_identicalRegimes, first,
                "copy-of-first") + "\n\u2022 " + served, list.getText());
        assertTrue(list.isVisible());
        fx.screenshot("calibration-report-warnings.png");

        // a report without warnings and with different regimes hides the box
        broker.send(ReportEvents.TOPIC_REPORT, new ShownReport(ContractJson.readReport(original), null));
        fx.ui.waitUntil(() -> !heading.isVisible(), () -> "warnings still shown");
    }

    @Test
    void humanLabelRegimesAreRefusedUpFrontWithoutJudgments() throws Exception {
        Services.projects().create(temp.resolve("unlabelled"), HillmixProject.create("unlabelled",
                ClassSet.of("cat", "dog"), new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images")));
        fx.showView(CalibrationReportView.ID);
        org.eclipse.swt.widgets.Button humanSoft = fx.widget("report.regime.human-soft");
        humanSoft.setSelection(true);
        org.eclipse.swt.widgets.Button human = fx.widget("report.regime.human-mixup");
        human.setSelection(false);
        fx.<org.eclipse.swt.widgets.Button>widget(CalibrationReportView.EVALUATE).notifyListeners(
                org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        fx.ui.processEvents();
        Label status = fx.widget(CalibrationReportView.STATUS);
        assertEquals(NLS.bind(org.hillmix.ui.eval.internal.l10n.Messages.Report_noHumanLabels, "human-soft",
                temp.resolve("unlabelled").toAbsolutePath().normalize().resolve("journals")), status.getText());
        assertEquals(0, org.eclipse.core.runtime.jobs.Job.getJobManager().find(
                org.hillmix.ui.eval.internal.views.EvaluateJob.FAMILY).length, "no evaluation started");
    }

    /**
     * Issue 9: a project whose answers are all mixing-factor judgments (an H-Mix import) gives human-soft nothing
     * to train on; it was submitted anyway and came back equal to 'hard'. Refused up front, saying why.
     */
    @Test
    void aHumanLabelRegimeIsRefusedWhenTheAnswersGiveItNothing() throws Exception {
        Path folder = temp.resolve("mixing-only");
        ClassSet classes = ClassSet.of("cat", "dog");
        Services.projects().create(folder, HillmixProject.create("mixing-only", classes,
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images")));
        Path journals = Services.projects().current().orElseThrow().journals();
        Files.createDirectories(journals);
        org.hillmix.core.io.JudgmentJsonl.write(journals.resolve("a1.jsonl"), List.of(new org.hillmix.core.protocol
                .Judgment("a1", "mixed_0.3_Cat_1_Dog_2.png", new org.hillmix.core.protocol.MixingFactorAnswer(60, 80),
                        1200, null, null, false, java.util.Map.of("label1", "cat", "label2", "dog", "mixtureCoeff",
                                "0.3"))), null);
        fx.showView(CalibrationReportView.ID);
        for (String regime : List.of("hard", "human-soft", "human-mixup", "mixup", "label-smoothing")) {
            fx.<org.eclipse.swt.widgets.Button>widget("report.regime." + regime).setSelection(
                    regime.equals("hard") || regime.startsWith("human"));
        }
        fx.<org.eclipse.swt.widgets.Button>widget(CalibrationReportView.EVALUATE).notifyListeners(
                org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        fx.ui.processEvents();
        Label status = fx.widget(CalibrationReportView.STATUS);
        String reason = org.hillmix.core.remote.EvaluationJobs.regimesWithoutLabels(List.of(journals.resolve(
                "a1.jsonl")), classes, List.of("human-soft")).get("human-soft");
        assertTrue(reason.contains("1 judgments: 0 categorical or free-distribution, 1 usable mixing-factor"), reason);
        assertEquals(NLS.bind(org.hillmix.ui.eval.internal.l10n.Messages.Report_unusableHumanLabels, "human-soft",
                reason), status.getText());
        assertEquals(0, org.eclipse.core.runtime.jobs.Job.getJobManager().find(
                org.hillmix.ui.eval.internal.views.EvaluateJob.FAMILY).length, "no evaluation started");
    }

    @Test
    void anotherProjectClearsTheReport() throws Exception {
        ProjectService projects = Services.projects();
        HillmixProject descriptor = HillmixProject.create("first", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        projects.create(temp.resolve("first"), descriptor);
        fx.showView(CalibrationReportView.ID);
        String text = Files.readString(resources().resolve("reports/report.json"), StandardCharsets.UTF_8);
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        broker.send(ReportEvents.TOPIC_REPORT, new ShownReport(ContractJson.readReport(text), null));
        Table metrics = fx.widget(CalibrationReportView.METRICS);
        Chart reliability = fx.widget(CalibrationReportView.RELIABILITY);
        fx.ui.waitUntil(() -> metrics.getItemCount() > 0, () -> "no metric rows");
        int rows = metrics.getItemCount();

        // the same project again (a plan or an import rewrites its descriptor): the report stays
        projects.open(temp.resolve("first"));
        fx.ui.processEvents();
        assertEquals(rows, metrics.getItemCount());

        // another project: its report is not this one
        projects.create(temp.resolve("second"), HillmixProject.create("second", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images")));
        Label status = fx.widget(CalibrationReportView.STATUS);
        String cleared = NLS.bind(org.hillmix.ui.eval.internal.l10n.Messages.Report_projectChanged, "second");
        fx.ui.waitUntil(() -> cleared.equals(status.getText()), status::getText);
        assertEquals(0, metrics.getItemCount());
        assertEquals(0, metrics.getColumnCount());
        assertEquals(0, reliability.getSeriesSet().getSeries().length);
        Chart map = fx.widget(CalibrationReportView.DATA_MAP);
        assertEquals(0, map.getSeriesSet().getSeries().length);
    }

    @Test
    void localServerNeedsItsJarAndSaysWhere() {
        IOException e = assertThrows(IOException.class, () -> LocalServerProcess.start(LocalServerProcess.currentJava(),
                temp.resolve("missing/hillmix.jar"), temp.resolve("data"), List.of(), 10));
        assertTrue(e.getMessage().contains("hillmix.jar") && e.getMessage().contains("Preferences"), e.getMessage());
    }

    @Test
    void localServerStartsAsAChildProcessAndAnswers() throws Exception {
        Path jar = Prerequisites.builtFile("hillmix.server.jar", "the evaluation server hillmix.jar");
        try (LocalServerProcess server = LocalServerProcess.start(LocalServerProcess.currentJava(), jar,
                temp.resolve("data"), List.of(temp), 120)) {
            URI health = server.uri().resolve("/health");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("ok"), r.body());
            assertEquals("127.0.0.1", server.uri().getHost(), "loopback only");
        }
    }
}
