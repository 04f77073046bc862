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
import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.ui.eval.internal.server.LocalServerProcess;
import org.hillmix.ui.eval.internal.views.CalibrationReportView;
import org.hillmix.ui.eval.internal.views.ReportEvents;
import org.hillmix.ui.eval.internal.views.ShownReport;
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
        // First rows: accuracy, then ece; cells "mean [low, high]" over the two seeds.
        assertEquals("accuracy", metrics.getItem(0).getText(0));
        assertEquals("ece", metrics.getItem(1).getText(0));
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
