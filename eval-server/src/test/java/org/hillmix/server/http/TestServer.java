package org.hillmix.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.app.ConfigPathPolicy;
import org.hillmix.server.app.EvaluationExecutor;
import org.hillmix.server.eval.run.JobRunner;

/** Starts a real server on a free loopback port and talks to it with {@link HttpClient}. */
final class TestServer implements AutoCloseable {

    /** A valid job: two regimes x one seed, two epochs; tiny synthetic data set. */
    static final String JOB = """
            {"schema": "hillmix.job/1", "name": "%s",
             "dataset": {"kind": "synthetic", "classes": 2, "perClass": 8, "imageSize": 8, "seed": 1},
             "labels": {"kind": "simulated", "annotators": 2, "seed": 3},
             "training": {"epochs": 2, "batchSize": 4},
             "regimes": [{"name": "hard"}, {"name": "label-smoothing", "smoothing": 0.1}],
             "seeds": [0],
             "metrics": {"bins": 5, "bootstrap": 0, "fgsm": false}}
            """;

    final EvaluationServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String token;

    private TestServer(EvaluationServer server) {
        this.server = server;
    }

    /** Fast ticks, loopback, port 0; {@code tweak} adjusts the builder. */
    static TestServer start(Path dataDir, JobRunner runner, UnaryOperator<ServerConfig.Builder> tweak)
            throws Exception {
        ServerConfig config = tweak.apply(ServerConfig.builder(dataDir).port(0)
                .eventTick(Duration.ofMillis(20)).heartbeat(Duration.ofMillis(300))
                .persistInterval(Duration.ofMillis(50)).stopTimeout(Duration.ofSeconds(10))).build();
        EvaluationServer s = EvaluationServer.newServer(config, (c, datasets) -> new EvaluationExecutor(runner,
                datasets, new ConfigPathPolicy(Path.of("").toAbsolutePath(),
                        concat(concat(c.allowedPaths(), datasets.root()), c.labelSetsDir()))));
        s.start();
        return new TestServer(s);
    }

    private static List<Path> concat(List<Path> a, Path b) {
        java.util.ArrayList<Path> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }

    static String job(String name) {
        return JOB.formatted(name);
    }

    URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> submit(String name) throws IOException, InterruptedException {
        return post("/api/v1/jobs", job(name));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    /** Polls the job until it is in {@code state} (20 s at most). */
    JsonNode awaitState(String id, String state) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            job = json(get("/api/v1/jobs/" + id));
            if (state.equals(job.path("state").asText())) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not reach " + state + "; last: " + job);
    }

    @Override
    public void close() {
        server.close();
    }
}
