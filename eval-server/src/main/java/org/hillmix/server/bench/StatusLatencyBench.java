package org.hillmix.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hillmix.server.cli.ServeCommand;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.ServerConfig;
import org.hillmix.server.train.TrainingThreads;

/**
 * Latency of {@code GET /api/v1/jobs/{id}} while a job trains, measured from outside the server's JVM: a server on
 * a free loopback port, with the same executor and training-thread setting as {@code hillmix serve}, trains a real
 * small CNN on a synthetic data set (many epochs, cancelled at the end). A load generator in its own JVM
 * ({@link HttpLoadGenerator}) then sends {@code clients x requests} status reads, and in the same run, still
 * while the job trains, the same load against a bare Jetty handler that returns the same bytes
 * ({@link BareJettyServer}). Prints latency percentiles, errors and throughput of both beside the goals of issue 8:
 * p99 under 10 ms with 0 errors, and at least 70 % of the bare handler's throughput.
 *
 * <p>Loopback only; the data directory is a temporary folder deleted afterwards. The figures depend on what else
 * the machine runs, so the load average before and after is printed with them.
 */
public final class StatusLatencyBench {

    /** Concurrent clients by default. */
    public static final int CLIENTS = 50;
    /** Measured requests per client by default. */
    public static final int REQUESTS_PER_CLIENT = 10_000;
    /** Goal: 99th percentile latency of status reads, milliseconds. */
    public static final double GOAL_P99_MS = 10;
    /** Goal: the server's throughput as a fraction of the bare handler's. */
    public static final double GOAL_THROUGHPUT_RATIO = 0.70;
    private static final int WARMUP_PER_CLIENT = 200;
    /** Alternating rounds (server, bare, server, bare, ...) the requests are split into. */
    private static final int ROUNDS = 5;
    /** A real job that trains far longer than the measurement; the benchmark cancels it when done. */
    private static final String TRAINING_JOB = """
            {"schema": "hillmix.job/1", "name": "status-latency-bench",
             "dataset": {"kind": "synthetic", "classes": 6, "perClass": 100, "imageSize": 32, "ambiguity": 0.35, "seed": 7},
             "labels": {"kind": "simulated", "annotators": 3, "seed": 11},
             "split": {"train": 0.6, "validation": 0.2, "test": 0.2, "seed": 0},
             "model": "small-cnn",
             "training": {"epochs": 500, "batchSize": 64, "optimizer": "sgd", "learningRate": 0.05, "momentum": 0.9,
                          "weightDecay": 0.0005, "schedule": "cosine", "augment": true},
             "regimes": [{"name": "hard"}], "seeds": [0], "metrics": {"bins": 15, "bootstrap": 100, "fgsm": false}}
            """;

    private StatusLatencyBench() {
    }

    /** Runs the benchmark with the default load (50 clients x 10,000 requests) and prints its figures. */
    public static void run(PrintStream out) {
        run(out, CLIENTS, REQUESTS_PER_CLIENT);
    }

    /** Runs the benchmark with {@code clients x requests} status reads (and as many bare ones). */
    public static void run(PrintStream out, int clients, int requests) {
        try {
            measureAndPrint(out, clients, requests);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("StatusLatencyBench interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("StatusLatencyBench failed: " + e.getMessage(), e);
        }
    }

    private static void measureAndPrint(PrintStream out, int clients, int requests) throws Exception {
        Path dir = Files.createTempDirectory("hillmix-status-bench");
        ServerConfig config = ServerConfig.builder(dir).port(0).databaseAutoServer(false).build();
        String loadBefore = loadAverage();
        try (EvaluationServer server = EvaluationServer.newServer(config, ServeCommand::executor)) {
            server.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String id = submit(http, server.baseUri());
            URI status = server.baseUri().resolve("/api/v1/jobs/" + id);
            waitUntilTraining(http, status);
            HttpResponse<byte[]> sample = http.send(HttpRequest.newBuilder(status).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            HttpLoadGenerator.Result served;
            HttpLoadGenerator.Result bare;
            try (BareJettyServer reference = new BareJettyServer(sample.body())) {
                // Alternating rounds, so that a change in what else the machine runs hits both sides alike.
                int rounds = Math.min(ROUNDS, requests);
                List<HttpLoadGenerator.Result> mine = new ArrayList<>();
                List<HttpLoadGenerator.Result> theirs = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    int n = requests / rounds + (r < requests % rounds ? 1 : 0);
                    mine.add(loadFromOwnProcess(status, clients, n, dir));
                    theirs.add(loadFromOwnProcess(reference.uri("/api/v1/jobs/" + id), clients, n, dir));
                }
                served = HttpLoadGenerator.Result.merge(mine);
                bare = HttpLoadGenerator.Result.merge(theirs);
            }
            String state = get(http, status).body().contains("\"state\":\"running\"") ? "running" : "NOT running";
            http.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/jobs/" + id + "/cancel"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

            double ratio = served.throughput() / bare.throughput();
            out.printf(Locale.ROOT, "StatusLatencyBench: GET /api/v1/jobs/{id} (%d bytes), %d clients x %,d requests"
                    + " from a load generator in its own JVM, keep-alive, loopback; server and bare handler in %d"
                    + " alternating rounds%n", sample.body().length, clients, requests, Math.min(ROUNDS, requests));
            out.printf(Locale.ROOT, "  while          1 job training (small-cnn, DJL, CPU; job still %s), %s%n", state,
                    TrainingThreads.describe());
            out.printf(Locale.ROOT, "  machine        %d cores; load average (1/5/15 min) %s before, %s after%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
            print(out, "server", served);
            print(out, "bare Jetty", bare);
            out.printf(Locale.ROOT, "  %-14s %-58s goal p99 < %.0f ms, 0 errors: %s%n", "goal", "server p99 "
                    + String.format(Locale.ROOT, "%.2f ms, %d errors", served.percentileMs(0.99), served.errors()),
                    GOAL_P99_MS, served.percentileMs(0.99) < GOAL_P99_MS && served.errors() == 0 ? "MET" : "NOT MET");
            out.printf(Locale.ROOT, "  %-14s %-58s goal >= %.0f %%: %s%n", "goal", String.format(Locale.ROOT,
                    "server throughput %.0f %% of the bare handler's", 100 * ratio), 100 * GOAL_THROUGHPUT_RATIO,
                    ratio >= GOAL_THROUGHPUT_RATIO ? "MET" : "NOT MET");
        } finally {
            deleteTree(dir);
        }
    }

    private static void print(PrintStream out, String what, HttpLoadGenerator.Result s) {
        out.printf(Locale.ROOT, "  %-14s %,9.0f requests/s in %.1f s, errors %d; latency ms p50 %.2f  p90 %.2f"
                + "  p99 %.2f  p99.9 %.2f  max %.2f%n", what, s.throughput(), s.seconds(), s.errors(),
                s.percentileMs(0.50), s.percentileMs(0.90), s.percentileMs(0.99), s.percentileMs(0.999),
                s.percentileMs(1.0));
    }

    /**
     * Runs {@link HttpLoadGenerator} in a new JVM (this JVM's {@code java}, this class path, a small serial-GC heap)
     * and reads its summary line and latencies (through a file in {@code dir}).
     */
    static HttpLoadGenerator.Result loadFromOwnProcess(URI target, int clients, int requests, Path dir)
            throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path latencies = Files.createTempFile(dir, "latencies", ".bin");
        List<String> command = List.of(javaBin, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HttpLoadGenerator.class.getName(), target.toString(),
                String.valueOf(clients), String.valueOf(requests), String.valueOf(WARMUP_PER_CLIENT),
                latencies.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException("the load generator exited with " + rc + ": " + output.strip());
        }
        HttpLoadGenerator.Summary summary = HttpLoadGenerator.parse(output.strip());
        long[] nanos = HttpLoadGenerator.readLatencies(latencies);
        Files.delete(latencies);
        if (nanos.length != summary.requests() - summary.errors()) {
            throw new IOException("the load generator reported " + (summary.requests() - summary.errors())
                    + " successes but wrote " + nanos.length + " latencies");
        }
        return new HttpLoadGenerator.Result(summary.requests(), summary.errors(), summary.seconds(), nanos);
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or the JVM's 1-minute figure elsewhere. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", one);
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String submit(HttpClient http, URI base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TRAINING_JOB)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 202 || !m.find()) {
            throw new IOException("submission failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** Waits until the job has reached its training epochs (data set built, engine loaded). */
    private static void waitUntilTraining(HttpClient http, URI status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String body = get(http, status).body();
            if (body.contains("\"state\":\"running\"") && body.contains("\"epoch\"")) {
                return;
            }
            if (!body.contains("\"state\":\"running\"") && !body.contains("\"state\":\"queued\"")) {
                throw new IOException("the training job ended before the measurement: " + body);
            }
            Thread.sleep(50);
        }
        throw new IOException("the job did not start training within 5 minutes");
    }

    private static void deleteTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Runs the benchmark from the command line. */
    public static void main(String[] args) {
        run(System.out);
    }
}
