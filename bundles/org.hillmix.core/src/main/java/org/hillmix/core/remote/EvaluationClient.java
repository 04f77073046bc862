package org.hillmix.core.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talks to one evaluation server ({@code docs/server.md}): submits {@code hillmix.job/1}
 * configurations, follows jobs, fetches reports. Every failure is an {@link IOException} whose
 * message says what went wrong and what to do: no server at the address, a refused token, or the
 * server's own problem detail ({@link EvaluationServerException}).
 */
public final class EvaluationClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http;

    /**
     * A client of the server at {@code base} (e.g. {@code http://127.0.0.1:8080}).
     *
     * @param token API token, or {@code null}/empty when the server needs none (loopback)
     */
    public EvaluationClient(URI base, String token) {
        String s = Objects.requireNonNull(base, "base").toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token == null || token.isBlank() ? null : token.trim();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The server's address. */
    public URI base() {
        return base;
    }

    /** Checks that a server answers at the address ({@code GET /health}). */
    public void health() throws IOException {
        send("GET", "health", null);
    }

    /**
     * Queues a job.
     *
     * @param configJson a {@code hillmix.job/1} configuration
     * @return the queued job
     * @throws EvaluationServerException when the server refuses the configuration (its message lists every problem)
     */
    public JobStatus submit(String configJson) throws IOException {
        return status(MAPPER.readTree(send("POST", "api/v1/jobs", configJson)));
    }

    /**
     * Queues {@code job}, sent as {@link ContractJson} writes it.
     *
     * @return the queued job
     * @throws EvaluationServerException when the server refuses the configuration (its message lists every problem)
     */
    public JobStatus submit(JobConfig job) throws IOException {
        return submit(ContractJson.write(job));
    }

    /** The job {@code id} now. */
    public JobStatus status(String id) throws IOException {
        return status(MAPPER.readTree(send("GET", "api/v1/jobs/" + id, null)));
    }

    /** Asks the server to cancel job {@code id}. */
    public void cancel(String id) throws IOException {
        try {
            send("POST", "api/v1/jobs/" + id + "/cancel", "");
        } catch (EvaluationServerException e) {
            if (e.status() != 409) { // already finished: nothing to cancel
                throw e;
            }
        }
    }

    /**
     * Polls job {@code id} every {@code pollMillis} until it finishes, reporting its progress to
     * {@code monitor} in thousandths. Cancelling the monitor cancels the job on the server.
     *
     * @return the finished job
     * @throws OperationCancelledException when the monitor was cancelled (the server job is cancelled too)
     */
    public JobStatus await(String id, ProgressMonitor monitor, long pollMillis) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Evaluating on " + base, 1000);
        int reported = 0;
        while (true) {
            if (pm.isCancelled()) {
                cancel(id);
                throw new OperationCancelledException();
            }
            JobStatus s = status(id);
            if (!s.phase().isEmpty()) {
                pm.subTask(s.phase());
            }
            if (!Double.isNaN(s.fraction())) {
                int due = (int) Math.min(1000, Math.round(s.fraction() * 1000));
                if (due > reported) {
                    pm.worked(due - reported);
                    reported = due;
                }
            }
            if (s.isFinished()) {
                pm.done();
                return s;
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel(id);
                throw new OperationCancelledException();
            }
        }
    }

    /** The JSON report of succeeded job {@code id}. */
    public String reportJson(String id) throws IOException {
        return send("GET", "api/v1/jobs/" + id + "/report", null);
    }

    /**
     * The report of succeeded job {@code id}, read with {@link ContractJson#readReport(String)}.
     *
     * @throws IOException also when the server's answer is not a report this client can read
     */
    public EvaluationReport report(String id) throws IOException {
        String json = reportJson(id);
        try {
            return ContractJson.readReport(json);
        } catch (IllegalArgumentException e) {
            throw new IOException("evaluation server " + base + " sent a report this workbench cannot read: "
                    + e.getMessage(), e);
        }
    }

    /** The standalone HTML report of succeeded job {@code id}. */
    public String reportHtml(String id) throws IOException {
        return send("GET", "api/v1/jobs/" + id + "/report.html", null);
    }

    private static JobStatus status(JsonNode job) {
        JsonNode p = job.path("progress");
        double fraction = p.path("fraction").isNumber() ? p.path("fraction").asDouble() : Double.NaN;
        StringBuilder phase = new StringBuilder(p.path("phase").asText(""));
        if (p.hasNonNull("regime")) {
            phase.append(phase.length() == 0 ? "" : " ").append(p.path("regime").asText());
        }
        if (p.hasNonNull("seed")) {
            phase.append(", seed ").append(p.path("seed").asInt());
        }
        if (p.hasNonNull("epoch") && p.hasNonNull("epochs")) {
            phase.append(", epoch ").append(p.path("epoch").asInt()).append('/').append(p.path("epochs").asInt());
        }
        return new JobStatus(job.path("id").asText(), job.path("state").asText(), fraction, phase.toString(),
                job.path("message").asText(""));
    }

    private String send(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("no evaluation server answers at " + base + "; start one with `java -jar hillmix.jar"
                    + " serve` or correct the server address in the preferences", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + base, e);
        }
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            return r.body();
        }
        throw new EvaluationServerException(status, problem(method, path, status, r.body()));
    }

    private String problem(String method, String path, int status, String body) {
        String title = "";
        String detail = "";
        try {
            JsonNode p = MAPPER.readTree(body);
            title = p.path("title").asText("");
            detail = p.path("detail").asText("");
        } catch (IOException | RuntimeException e) {
            detail = body == null ? "" : body.strip();
        }
        String hint = status == 401 || status == 403
                ? " (check the API token in the preferences; create one with `java -jar hillmix.jar token create`)"
                : "";
        return "evaluation server " + base + " refused " + method + " /" + path + ": HTTP " + status
                + (title.isEmpty() ? "" : " " + title) + (detail.isEmpty() ? "" : ": " + detail) + hint;
    }
}
