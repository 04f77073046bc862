package org.hillmix.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hillmix.server.cli.ServeCommand;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.ServerConfig;

/**
 * Latency of {@code GET /api/v1/jobs/{id}} while a job trains: a server on a free loopback port, with the same
 * executor as {@code hillmix serve}, trains a real small CNN on a synthetic data set (many epochs, cancelled at
 * the end), while 50 concurrent clients poll that job's status. Prints p50/p95/p99/max latency and throughput.
 *
 * <p>Bounded: 2,000 warm-up requests, then at most 40,000 measured requests or 20 s, whichever comes first.
 * Loopback only; the data directory is a temporary folder deleted afterwards.
 */
public final class StatusLatencyBench {

    /** Concurrent clients. */
    public static final int CLIENTS = 50;
    /** Most measured requests. */
    public static final int MAX_REQUESTS = 40_000;
    /** Longest measurement. */
    public static final Duration MAX_TIME = Duration.ofSeconds(20);
    private static final int WARMUP = 2_000;
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

    /** Runs the benchmark and prints its figures to {@code out}. */
    public static void run(PrintStream out) {
        try {
            measureAndPrint(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("StatusLatencyBench interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("StatusLatencyBench failed: " + e.getMessage(), e);
        }
    }

    private static void measureAndPrint(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("hillmix-status-bench");
        ServerConfig config = ServerConfig.builder(dir).port(0).build();
        try (EvaluationServer server = EvaluationServer.newServer(config, ServeCommand::executor)) {
            server.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String id = submit(http, server.baseUri());
            URI status = server.baseUri().resolve("/api/v1/jobs/" + id);
            waitUntilRunning(http, status);

            measure(http, status, WARMUP, Duration.ofSeconds(20));
            long start = System.nanoTime();
            long[] latencies = measure(http, status, MAX_REQUESTS, MAX_TIME);
            double seconds = (System.nanoTime() - start) / 1e9;
            String state = get(http, status).body().contains("\"state\":\"running\"") ? "running" : "not running";

            Arrays.sort(latencies);
            out.printf("StatusLatencyBench: GET /api/v1/jobs/{id}, %d concurrent clients, 1 job training (small-cnn,"
                    + " DJL, CPU), loopback%n", CLIENTS);
            out.printf("  requests      %d in %.1f s = %.0f requests/s (job still %s)%n", latencies.length, seconds,
                    latencies.length / seconds, state);
            out.printf("  latency p50   %.2f ms%n", percentile(latencies, 0.50) / 1e6);
            out.printf("  latency p95   %.2f ms%n", percentile(latencies, 0.95) / 1e6);
            out.printf("  latency p99   %.2f ms%n", percentile(latencies, 0.99) / 1e6);
            out.printf("  latency max   %.2f ms%n", latencies[latencies.length - 1] / 1e6);
            out.printf("  cores         %d%n", Runtime.getRuntime().availableProcessors());
            http.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/jobs/" + id + "/cancel"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } finally {
            deleteTree(dir);
        }
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least {@code p} of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** {@code CLIENTS} virtual threads poll until {@code max} requests are done or {@code time} has passed. */
    private static long[] measure(HttpClient http, URI status, int max, Duration time) throws Exception {
        AtomicLong budget = new AtomicLong(max);
        long deadline = System.nanoTime() + time.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(clients.submit(() -> {
                    long[] mine = new long[max / CLIENTS + 16];
                    int n = 0;
                    while (budget.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = get(http, status);
                        long t1 = System.nanoTime();
                        if (r.statusCode() != 200) {
                            throw new IOException("status " + r.statusCode() + ": " + r.body());
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t1 - t0;
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        return all;
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

    private static void waitUntilRunning(HttpClient http, URI status) throws Exception {
        for (int i = 0; i < 500; i++) {
            if (get(http, status).body().contains("\"state\":\"running\"")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IOException("the job did not start");
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
