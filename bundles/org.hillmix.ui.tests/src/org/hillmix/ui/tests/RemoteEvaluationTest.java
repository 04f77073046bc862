package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.ServerTrust;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.internal.server.EvalPreferencePage;
import org.hillmix.ui.eval.internal.server.LocalServerProcess;
import org.hillmix.ui.eval.internal.server.ServerSettings;
import org.hillmix.ui.eval.internal.views.CalibrationReportView;
import org.hillmix.ui.eval.internal.views.EvaluateJob;
import org.hillmix.ui.eval.internal.views.ReportEvents;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.hillmix.ui.services.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Evaluate on a remote server, end to end in the workbench: a real {@code hillmix serve} child process in its own
 * data directory, with TLS (a keystore this test makes with keytool), tokens required and no
 * {@code --allow-path}, so it cannot read the project folder. The token goes into Eclipse secure storage (an old
 * plain-text one is moved there), the preference page's Test connection names what is wrong, and Evaluate uploads
 * the project's images and journal, follows the job, stores the report in the project and shows it; evaluating
 * again uploads nothing (the server's request counters say so).
 */
class RemoteEvaluationTest {

    private static final String PASSWORD = "ui-remote-secret";
    private static final Duration EVALUATION = Duration.ofSeconds(240);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private ViewSessionFixture fx;
    private LocalServerProcess server;
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(EvalPreferences.NODE);

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            for (String key : List.of(EvalPreferences.MODE, EvalPreferences.SERVER_URL, EvalPreferences.CERTIFICATE,
                    EvalPreferences.SERVER_TOKEN, EvalPreferences.EPOCHS, EvalPreferences.SEEDS)) {
                prefs.remove(key);
            }
            prefs.flush();
            ServerSettings.storeToken("");
        } finally {
            if (server != null) {
                server.close();
            }
            fx.close();
        }
    }

    @Test
    void evaluatesAProjectOnAServerThatCannotReadItAndSendsNothingTwice() throws Exception {
        Path jar = Prerequisites.builtFile("hillmix.server.jar", "the evaluation server hillmix.jar");
        Path keystore = temp.resolve("tls/server.p12");
        Files.createDirectories(keystore.getParent());
        keytool("-genkeypair", "-alias", "hillmix", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        Path pem = keystore.resolveSibling("server.pem");
        keytool("-exportcert", "-rfc", "-alias", "hillmix", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        Path passwordFile = Files.writeString(keystore.resolveSibling("password.txt"), PASSWORD);
        Path dataDir = temp.resolve("server-data");
        String token = hillmix(jar, "token", "create", "--name", "workbench", "--data-dir", dataDir.toString())
                .strip();
        assertTrue(token.length() >= 20 && !token.contains(" "), "a token on stdout: " + token);
        server = LocalServerProcess.start(LocalServerProcess.currentJava(), jar, dataDir, List.of(),
                List.of("--require-token", "--tls-keystore", keystore.toString(), "--tls-password-file",
                        passwordFile.toString()), 120);
        URI base = server.uri();
        assertEquals("https", base.getScheme(), server.output().toString());

        // an older workbench kept the token in plain text and had no local/remote choice: both are migrated
        prefs.remove(EvalPreferences.MODE);
        prefs.put(EvalPreferences.SERVER_URL, base.toString());
        prefs.put(EvalPreferences.SERVER_TOKEN, token);
        prefs.put(EvalPreferences.CERTIFICATE, pem.toString());
        prefs.putInt(EvalPreferences.EPOCHS, 1);
        prefs.putInt(EvalPreferences.SEEDS, 1);
        prefs.flush();
        ServerSettings.migrate();
        assertNull(prefs.get(EvalPreferences.SERVER_TOKEN, null), "the plain-text token is deleted");
        assertEquals(token, ServerSettings.token(), "and kept in secure storage");
        assertTrue(ServerSettings.remote(), "an address set before the choice existed means remote");
        Path keyring = Path.of(System.getProperty("hillmix.secure.storage", "missing"));
        assertTrue(Files.isRegularFile(keyring), "secure storage in " + keyring);
        assertFalse(Files.readString(keyring, StandardCharsets.ISO_8859_1).contains(token),
                "secure storage holds the token encrypted");
        assertFalse(plainPreferenceFilesContain(token), "no plain preference file holds the token");

        HttpClient http = HttpClient.newBuilder().sslContext(ServerTrust.trusting(pem))
                .connectTimeout(Duration.ofSeconds(10)).build();
        String serverVersion = MAPPER.readTree(get(http, base, token, "health")).path("version").asText();
        testConnectionOnThePage(base, token, pem, serverVersion);

        Path project = project();
        Services.projects().open(project);
        fx.showView(CalibrationReportView.ID);
        for (String regime : List.of("hard", "human-soft", "label-smoothing", "mixup", "human-mixup")) {
            fx.<Button>widget("report.regime." + regime).setSelection(regime.equals("hard")
                    || regime.equals("human-soft"));
        }
        evaluate();
        Table metrics = fx.widget(CalibrationReportView.METRICS);
        assertEquals(3, metrics.getColumnCount(), "metric + two regimes");
        assertTrue(metrics.getItemCount() > 0);
        List<Path> reports = reports(project);
        assertEquals(1, reports.size(), reports.toString());
        JsonNode report = MAPPER.readTree(reports.get(0).toFile());
        assertEquals("remote-study", report.path("name").asText());
        assertEquals(16, report.path("data").path("trainItems").asInt() + report.path("data")
                .path("validationItems").asInt() + report.path("data").path("testItems").asInt(),
                "every project image reached the server");
        assertEquals(report.path("data").path("trainItems").asInt(),
                report.path("data").path("trainItemsWithSoftLabels").asInt(), "the journal labels the training set");
        assertTrue(Files.isRegularFile(Path.of(reports.get(0).toString().replace(".json", ".html"))));
        assertTrue(fx.<Label>widget(CalibrationReportView.STATUS).getText().startsWith("remote-study"),
                fx.<Label>widget(CalibrationReportView.STATUS).getText());

        long datasets = counter(http, base, token, "POST /api/v1/datasets", 201);
        long labelSets = counter(http, base, token, "POST /api/v1/labelsets", 201);
        assertEquals(1, datasets, "the image folder was uploaded once");
        assertEquals(1, labelSets, "the journal was uploaded once");
        assertEquals(1, listed(http, base, token, "api/v1/datasets"));
        assertEquals(1, listed(http, base, token, "api/v1/labelsets"));

        Thread.sleep(1100); // reports are named by the second
        evaluate();
        assertEquals(2, reports(project).size(), "the second report is stored beside the first");
        assertEquals(datasets, counter(http, base, token, "POST /api/v1/datasets", 201), "nothing new sent");
        assertEquals(labelSets, counter(http, base, token, "POST /api/v1/labelsets", 201), "nothing new sent");
        assertEquals(NLS.bind(Messages.Remote_uploaded, 0, 2), lastUploadLine, "the view said so");
        fx.screenshot("remote-evaluation.png");
    }

    private String lastUploadLine;

    /** Presses Evaluate and runs the event loop until the job is over; fails when it did not succeed. */
    private void evaluate() {
        Label status = fx.widget(CalibrationReportView.STATUS);
        String uploadedPrefix = Messages.Remote_uploaded.substring(0, Messages.Remote_uploaded.indexOf('{'));
        List<String> posted = java.util.Collections.synchronizedList(new ArrayList<>());
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        EventHandler recorder = e -> posted.add(String.valueOf(e.getProperty(IEventBroker.DATA)));
        broker.subscribe(ReportEvents.TOPIC_STATUS, recorder);
        try {
            run(status);
        } finally {
            broker.unsubscribe(recorder);
        }
        lastUploadLine = List.copyOf(posted).stream().filter(l -> l.startsWith(uploadedPrefix)).reduce((a, b) -> b)
                .orElse(null);
    }

    private void run(Label status) {
        fx.<Button>widget(CalibrationReportView.EVALUATE).notifyListeners(SWT.Selection, new Event());
        waitFor(() -> Job.getJobManager().find(EvaluateJob.FAMILY).length > 0 || status.getText().startsWith(
                "remote-study"), Duration.ofSeconds(20), () -> "no evaluation started: " + status.getText());
        List<String> lines = new ArrayList<>();
        waitFor(() -> {
            String line = status.getText();
            if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
                lines.add(line);
            }
            return Job.getJobManager().find(EvaluateJob.FAMILY).length == 0;
        }, EVALUATION, () -> "the evaluation did not finish: " + lines);
        fx.ui.processEvents();
        lines.add(status.getText());
        assertTrue(status.getText().startsWith("remote-study"), "the report is shown: " + lines);
    }

    private void waitFor(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + timeout.toSeconds() + " s: " + what.get());
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
    }

    /**
     * The preference page as the user sees it: Test connection with the values as typed names a refused token
     * and an untrusted certificate, passes the right ones, and OK keeps the token in secure storage only.
     */
    private void testConnectionOnThePage(URI base, String token, Path pem, String serverVersion) throws IOException {
        Shell shell = new Shell(Display.getCurrent());
        shell.setSize(900, 700);
        EvalPreferencePage page = new EvalPreferencePage();
        try {
            page.init(null);
            page.createControl(shell);
            shell.open();
            Text tokenField = UiTestSupport.find(shell, EvalPreferencePage.TOKEN);
            assertEquals(token, tokenField.getText(), "loaded from secure storage");
            assertTrue(tokenField.getEchoChar() != '\0', "the token is masked");
            Text result = UiTestSupport.find(shell, EvalPreferencePage.RESULT);
            Button test = UiTestSupport.find(shell, EvalPreferencePage.TEST);
            EvaluationClient shown = new EvaluationClient(base, null);

            tokenField.setText(token + "-wrong");
            assertEquals(NLS.bind(Messages.Check_unauthorized, shown.base()), check(test, result));

            tokenField.setText(token);
            assertEquals(NLS.bind(Messages.Check_ok, new Object[] {shown.base(), serverVersion,
                EvaluationClient.API_VERSION}), check(test, result));

            Text certificate = UiTestSupport.find(shell, EvalPreferencePage.CERTIFICATE);
            assertEquals(pem.toString(), certificate.getText());
            certificate.setText("");
            String untrusted = check(test, result);
            assertTrue(untrusted.startsWith(prefix(Messages.Check_tlsUntrusted, shown.base())), untrusted);
            certificate.setText(pem.toString());

            tokenField.setText(token + " ");
            assertTrue(page.performOk(), page.getErrorMessage());
        } finally {
            page.dispose();
            shell.dispose();
        }
        assertEquals(token, ServerSettings.token());
        assertNull(prefs.get(EvalPreferences.SERVER_TOKEN, null));
        assertFalse(plainPreferenceFilesContain(token));
    }

    /** The text of {@code template} bound to {@code base} up to its second argument (an error's own words). */
    private static String prefix(String template, Object base) {
        String bound = NLS.bind(template, base, "\u0000");
        return bound.substring(0, bound.indexOf('\u0000'));
    }

    /** Presses Test connection and waits for its result line. */
    private String check(Button test, Text result) {
        result.setText("");
        test.notifyListeners(SWT.Selection, new Event());
        String running = result.getText();
        waitFor(() -> !result.getText().isEmpty() && !result.getText().equals(running), Duration.ofSeconds(60),
                () -> "no result: " + result.getText());
        return result.getText();
    }

    /** A project outside the server's reach: 2 classes x 8 PNG images and one annotator's journal. */
    private Path project() throws IOException {
        Path project = temp.resolve("client/remote-study");
        for (String cls : List.of("cat", "dog")) {
            for (int i = 0; i < 8; i++) {
                int[] chw = new int[3 * 8 * 8];
                for (int p = 0; p < chw.length; p++) {
                    chw[p] = (cls.equals("cat") ? 40 : 200) + i + (p % 7);
                }
                Path f = project.resolve("images").resolve(cls).resolve(i + ".png");
                Files.createDirectories(f.getParent());
                ImageCodec.writePng(ImageTensor.fromInts(3, 8, 8, chw), f);
            }
        }
        Services.projects().create(project, HillmixProject.create("remote-study", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images")));
        List<Judgment> judgments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            judgments.add(Judgment.of("ann-1", "cat/" + i, new CategoricalAnswer(0, 80, 1, 20, List.of())));
            judgments.add(Judgment.of("ann-1", "dog/" + i, new CategoricalAnswer(1, 70, 0, 30, List.of())));
        }
        Path journal = HillmixProject.journal(project, "ann-1");
        Files.createDirectories(journal.getParent());
        JudgmentJsonl.write(journal, judgments, ProgressMonitor.NULL);
        return project;
    }

    private static List<Path> reports(Path project) throws IOException {
        Path folder = project.resolve(HillmixProject.REPORTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Whether any preference file of the instance scope holds {@code secret}. */
    private static boolean plainPreferenceFilesContain(String secret) throws IOException {
        Path settings = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().getPath(),
                ".metadata", ".plugins", "org.eclipse.core.runtime", ".settings");
        if (!Files.isDirectory(settings)) {
            return false;
        }
        try (Stream<Path> s = Files.list(settings)) {
            for (Path f : s.toList()) {
                if (Files.readString(f, StandardCharsets.ISO_8859_1).contains(secret)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A counter of the server's {@code /metrics}: requests of {@code route} answered {@code status}. */
    private static long counter(HttpClient http, URI base, String token, String route, int status) throws Exception {
        String body = get(http, base, token, "metrics");
        Matcher m = Pattern.compile("hillmix_http_requests_total\\{([^}]*)\\} ([0-9.eE+]+)").matcher(body);
        long total = 0;
        while (m.find()) {
            if (m.group(1).contains("route=\"" + route + "\"") && m.group(1).contains("status=\"" + status + "\"")) {
                total += (long) Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** How many items {@code GET path} lists. */
    private static int listed(HttpClient http, URI base, String token, String path) throws Exception {
        JsonNode list = MAPPER.readTree(get(http, base, token, path));
        JsonNode items = list.isArray() ? list : list.path("items");
        if (!items.isArray()) {
            fail(path + " lists no array: " + list);
        }
        return items.size();
    }

    private static String get(HttpClient http, URI base, String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + out);
    }

    /** {@code java -jar hillmix.jar ARGS}; its standard output. */
    private static String hillmix(Path jar, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LocalServerProcess.currentJava().toString(), "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "hillmix " + String.join(" ", args) + " did not finish");
        assertEquals(0, p.exitValue(), "hillmix " + String.join(" ", args) + ": " + out);
        return out;
    }
}
