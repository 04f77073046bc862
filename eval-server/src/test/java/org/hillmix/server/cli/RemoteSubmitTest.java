package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.server.datasets.Archives;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.ServerConfig;
import org.hillmix.server.app.ConfigPathPolicy;
import org.hillmix.server.app.EvaluationExecutor;
import org.hillmix.server.app.ServerAssembly;
import org.hillmix.server.jobs.SteppingTestRunner;
import org.hillmix.server.labelsets.LabelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hillmix submit} and {@code follow} against a server that cannot read the client's files: the server runs
 * as {@code serve} runs it, in its own data directory and without {@code --allow-path}; {@code submit} runs as a
 * separate process in another working directory, naming local files by relative paths.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteSubmitTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The labels entry of {@link #JOB}. */
    static final String LABELS = "{\"kind\": \"jsonl\", \"path\": \"labels/session-1.jsonl\"}";

    /**
     * Two classes of 8 images with a journal of two annotators, one epoch of the MLP, the hard and human-soft
     * regimes: a real but tiny training.
     */
    static final String JOB = """
            {"schema": "hillmix.job/1", "name": "remote",
             "dataset": {"kind": "image-folder", "path": "data/pets"},
             "labels": {"kind": "jsonl", "path": "labels/session-1.jsonl"},
             "split": {"train": 0.5, "validation": 0.25, "test": 0.25, "seed": 0},
             "model": "mlp",
             "training": {"epochs": 1, "batchSize": 8, "optimizer": "adam", "learningRate": 0.01, "augment": false},
             "regimes": [{"name": "hard"}, {"name": "human-soft"}],
             "seeds": [0],
             "metrics": {"bins": 5, "bootstrap": 0, "fgsm": false}}
            """;

    @TempDir
    Path tmp;

    /** The client's working directory with data/pets (2 x 8 PNGs) and job.json. */
    private Path clientDir() throws IOException {
        Path client = tmp.resolve("client");
        for (Map.Entry<String, byte[]> e : Archives.imageFolder("", 8).entrySet()) {
            Path f = client.resolve("data/pets").resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        List<Judgment> judgments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (String annotator : List.of("ann-1", "ann-2")) {
                judgments.add(Judgment.of(annotator, "cat/" + i, new CategoricalAnswer(0, 80, 1, 20, List.of())));
                judgments.add(Judgment.of(annotator, "dog/" + i, new CategoricalAnswer(1, 70, 0, 30, List.of())));
            }
        }
        Files.createDirectories(client.resolve("labels"));
        JudgmentJsonl.write(client.resolve("labels/session-1.jsonl"), judgments, ProgressMonitor.NULL);
        Files.writeString(client.resolve("job.json"), JOB);
        return client;
    }

    /** A server as {@code serve} starts it (its executor, no allowed paths), on a free loopback port. */
    private static EvaluationServer serve(Path dataDir, int port, EvaluationServer.ExecutorFactory executors)
            throws Exception {
        ServerConfig config = ServerConfig.builder(dataDir).port(port)
                .eventTick(Duration.ofMillis(50)).requeueInterrupted(true).stopTimeout(Duration.ofSeconds(10))
                .build();
        assertTrue(config.allowedPaths().isEmpty());
        EvaluationServer server = EvaluationServer.newServer(config, executors);
        server.start();
        return server;
    }

    private record Run(int exit, String out, String err) {
    }

    /** {@code hillmix ARGS} in a new JVM whose working directory is {@code cwd}. */
    private static Run hillmix(Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HillmixMain.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "hillmix " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void submitUploadsWhatTheServerLacksOnceAndWritesTheReport() throws Exception {
        Path client = clientDir();
        try (EvaluationServer server = serve(tmp.resolve("server"), 0, ServerAssembly::executor)) {
            String url = server.baseUri().toString();
            Run first = hillmix(client, "submit", "--server", url, "--config", "job.json", "--out", "out");
            assertEquals(0, first.exit(), first.err());
            assertTrue(first.err().contains("uploaded dataset"), first.err());
            assertTrue(first.err().contains("uploaded labels"), first.err());
            JsonNode report = MAPPER.readTree(client.resolve("out/report.json").toFile());
            assertEquals("hillmix.report/1", report.path("schema").asText());
            assertEquals("remote", report.path("name").asText());
            assertEquals(16, report.path("data").path("trainItems").asInt()
                    + report.path("data").path("validationItems").asInt()
                    + report.path("data").path("testItems").asInt(), "every local image reached the server");
            assertTrue(Files.readString(client.resolve("out/report.html")).contains("remote"));
            JsonNode data = report.path("data");
            assertEquals(data.path("trainItems").asInt(), data.path("trainItemsWithSoftLabels").asInt(),
                    "the uploaded journal labels every training image: " + data);
            assertTrue(data.path("labelSources").toString().contains("judgment journal"), data.toString());
            assertTrue(first.out().contains("report: out" + java.io.File.separator + "report.json"), first.out());

            Run second = hillmix(client, "submit", "--server", url, "--config", "job.json", "--out", "out2");
            assertEquals(0, second.exit(), second.err());
            assertFalse(second.err().contains("uploaded"), "nothing new is sent: " + second.err());
            assertTrue(second.err().contains("the server has dataset already"), second.err());
            assertTrue(second.err().contains("the server has labels already"), second.err());
            assertTrue(Files.exists(client.resolve("out2/report.json")));

            // Issue 8: follow (and submit, the same code) renamed the report files into place unforced, so a power
            // cut after "report: ..." could leave empty files. In process, to see the forces.
            String id = first.err().replaceFirst("(?s).*job (\\S+) queued on .*", "$1");
            java.util.List<Path> forced = new java.util.concurrent.CopyOnWriteArrayList<>();
            Path out3 = client.resolve("out3").toAbsolutePath();
            CliRun followed;
            try (AutoCloseable watch = org.hillmix.core.internal.fs.AtomicFiles.observeForces(forced::add)) {
                followed = CliRun.run("follow", "--server", url, id, "--out", out3.toString());
            }
            assertEquals(0, followed.exit(), followed.err());
            for (String name : List.of("report.json", "report.html")) {
                int file = forced.indexOf(out3.resolve("." + name + ".tmp"));
                assertTrue(file >= 0, name + " forced before its rename: " + forced);
                assertEquals(out3, forced.get(file + 1), "the folder forced after the rename of " + name);
            }
            assertEquals(Files.readString(client.resolve("out/report.json")), Files.readString(out3.resolve(
                    "report.json")));
            try (var sets = Files.list(tmp.resolve("server/datasets"))) {
                assertEquals(1, sets.filter(Files::isDirectory).filter(p -> !p.getFileName().toString()
                        .startsWith(".")).count(), "one data set on the server");
            }
        }
    }

    @Test
    void submitOverTlsWithATokenToAServerThatWantsBoth() throws Exception {
        Path client = clientDir();
        Path tls = Files.createDirectories(tmp.resolve("tls"));
        Path keystore = tls.resolve("server.p12");
        String password = "submit-secret";
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        for (List<String> args : List.of(
                List.of("-genkeypair", "-alias", "hillmix", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                        "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype",
                        "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass", password),
                List.of("-exportcert", "-rfc", "-alias", "hillmix", "-keystore", keystore.toString(), "-storepass",
                        password, "-file", tls.resolve("server.pem").toString()))) {
            List<String> cmd = new ArrayList<>(List.of(keytool.toString()));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String printed = read(p.getInputStream());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + printed);
        }
        Path dataDir = tmp.resolve("server");
        String token;
        try (org.hillmix.server.jobs.Database db = org.hillmix.server.jobs.Database.open(dataDir)) {
            token = new org.hillmix.server.auth.TokenStore(db.dataSource(), java.time.Clock.systemUTC())
                    .create("submit").token();
        }
        Files.writeString(client.resolve("token"), token + "\n");
        ServerConfig config = ServerConfig.builder(dataDir).port(0).eventTick(Duration.ofMillis(50))
                .stopTimeout(Duration.ofSeconds(10)).requireToken(true)
                .tls(new org.hillmix.server.http.TlsSettings(keystore,
                        Files.writeString(tls.resolve("password"), password)))
                .build();
        assertTrue(config.allowedPaths().isEmpty());
        try (EvaluationServer server = EvaluationServer.newServer(config, ServerAssembly::executor)) {
            server.start();
            String url = server.baseUri().toString();
            assertTrue(url.startsWith("https://"), url);
            Run noToken = hillmix(client, "submit", "--server", url, "--ca-cert", "../tls/server.pem",
                    "--config", "job.json", "--out", "out");
            assertEquals(2, noToken.exit(), noToken.err());
            assertTrue(noToken.err().contains("HTTP 401"), noToken.err());
            Run untrusted = hillmix(client, "submit", "--server", url, "--token-file", "token",
                    "--config", "job.json", "--out", "out");
            assertTrue(untrusted.exit() != 0 && untrusted.err().contains("is not trusted"), untrusted.err());

            Run ok = hillmix(client, "submit", "--server", url, "--token-file", "token", "--ca-cert",
                    "../tls/server.pem", "--config", "job.json", "--out", "out");
            assertEquals(0, ok.exit(), ok.err());
            assertEquals("remote", MAPPER.readTree(client.resolve("out/report.json").toFile()).path("name")
                    .asText());
        }
    }

    @Test
    void labelFilesTheServerRefusesAreBadInputNamingTheLine() throws Exception {
        Path client = clientDir();
        Path wrong = client.resolve("answers.jsonl");
        Files.writeString(wrong, "a,b,c\n1,2,3\n");
        Path cut = LabelFiles.truncate(LabelFiles.journal(client.resolve("cut.jsonl"), 4, 1));
        try (EvaluationServer server = serve(tmp.resolve("server"), 0, ServerAssembly::executor)) {
            String url = server.baseUri().toString();
            Files.writeString(client.resolve("wrong.json"), JOB.replace(LABELS,
                    "{\"kind\": \"jsonl\", \"path\": \"answers.jsonl\"}"));
            Run refused = hillmix(client, "submit", "--server", url, "--config", "wrong.json", "--out", "o");
            assertEquals(2, refused.exit(), refused.err());
            assertTrue(refused.err().contains("HTTP 400") && refused.err().contains("?format="), refused.err());

            Files.writeString(client.resolve("cut.json"), JOB.replace(LABELS,
                    "{\"kind\": \"jsonl\", \"path\": \"cut.jsonl\"}"));
            Run truncated = hillmix(client, "submit", "--server", url, "--config", "cut.json", "--out", "o");
            assertEquals(2, truncated.exit(), truncated.err());
            assertTrue(truncated.err().contains("HTTP 422") && truncated.err().contains("cut.jsonl line "
                    + LabelFiles.lastLine(cut) + ": the last line is cut off"), truncated.err());
            assertEquals(1, truncated.err().strip().lines().filter(l -> l.startsWith("hillmix submit:")).count(),
                    "one line: " + truncated.err());

            Files.writeString(client.resolve("unknown.json"), JOB.replace(LABELS,
                    "{\"kind\": \"server\", \"id\": \"" + "ab".repeat(32) + "\"}"));
            Run unknown = hillmix(client, "submit", "--server", url, "--config", "unknown.json", "--out", "o");
            assertEquals(2, unknown.exit(), unknown.err());
            assertTrue(unknown.err().contains("labels.id '" + "ab".repeat(32) + "' is not a label set on this "
                    + "server"), unknown.err());

            Run missing = hillmix(client, "submit", "--server", url, "--config", "nope.json", "--out", "o");
            assertEquals(2, missing.exit(), missing.err());
        }
    }

    @Test
    void aServerGoingAwayMidFollowIsExit1AndTheJobCanBeFollowedAgain() throws Exception {
        Path client = clientDir();
        Path dataDir = tmp.resolve("server");
        SteppingTestRunner slow = new SteppingTestRunner(400, 50);
        EvaluationServer.ExecutorFactory executors = (c, datasets) -> new EvaluationExecutor(slow, datasets,
                new ConfigPathPolicy(c.dataDir(), List.of(datasets.root(), c.labelSetsDir())));
        EvaluationServer first = serve(dataDir, 0, executors);
        int port = first.port();
        String url = first.baseUri().toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path config = client.resolve("job.json");
        String absolute = JOB.replace("\"data/pets\"", MAPPER.writeValueAsString(client.resolve("data/pets")
                .toString())).replace("\"labels/session-1.jsonl\"", MAPPER.writeValueAsString(client.resolve(
                "labels/session-1.jsonl").toString()));
        Files.writeString(config, absolute);
        CompletableFuture<Integer> submit = CompletableFuture.supplyAsync(() -> HillmixMain.commandLine()
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("submit", "--server", url,
                        "--config", config.toString(), "--out", client.resolve("out").toString()));
        try {
            assertTrue(slow.awaitFirstStep(60), "the job started: " + err);
        } finally {
            first.close();
        }
        int exit = submit.get(60, TimeUnit.SECONDS);
        assertEquals(1, exit, err.toString());
        assertTrue(err.toString().contains("lost the connection to " + url), err.toString());
        String id = err.toString().replaceAll("(?s).*job (\\S+) queued.*", "$1");
        assertTrue(err.toString().contains("hillmix follow --server " + url + "/ " + id), err.toString());

        SteppingTestRunner fast = new SteppingTestRunner(1, 1);
        try (EvaluationServer restarted = serve(dataDir, port, (c, datasets) -> new EvaluationExecutor(fast, datasets,
                new ConfigPathPolicy(c.dataDir(), List.of(datasets.root(), c.labelSetsDir()))))) {
            assertEquals(port, restarted.port());
            CliRun follow = CliRun.run("follow", "--server", url, id, "--out", client.resolve("out").toString());
            assertEquals(0, follow.exit(), follow.err());
            assertTrue(Files.exists(client.resolve("out/report.json")), "the re-queued job's report arrived");
        }
    }

    @Test
    void stoppingSubmitCancelsTheJobOnTheServer() throws Exception {
        Path client = clientDir();
        SteppingTestRunner slow = new SteppingTestRunner(400, 50);
        try (EvaluationServer server = serve(tmp.resolve("server"), 0, (c, datasets) -> new EvaluationExecutor(slow,
                datasets, new ConfigPathPolicy(c.dataDir(), List.of(datasets.root(), c.labelSetsDir()))))) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), HillmixMain.class.getName(), "submit", "--server",
                    server.baseUri().toString(), "--config", "job.json", "--out", "out");
            // to a file: destroy() closes the process's pipes
            Path log = tmp.resolve("submit.log");
            Process p = new ProcessBuilder(cmd).directory(client.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertTrue(slow.awaitFirstStep(120), "the job started");
            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String printed = Files.readString(log);
            assertTrue(printed.contains("cancelling job"), printed);
            String id = printed.replaceAll("(?s).*job (\\S+) queued.*", "$1");
            long deadline = System.nanoTime() + 20_000_000_000L;
            String state = "";
            while (System.nanoTime() < deadline && !"cancelled".equals(state)) {
                state = server.jobs().get(id).orElseThrow().state().id();
                Thread.sleep(50);
            }
            assertEquals("cancelled", state, printed);
        }
    }
}
