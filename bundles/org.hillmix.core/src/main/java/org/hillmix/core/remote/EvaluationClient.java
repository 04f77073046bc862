package org.hillmix.core.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
        this(base, token, null);
    }

    /**
     * A client of the server at {@code base} that checks the server's TLS certificate with {@code tls} (see
     * {@link ServerTrust}); {@code null} for the Java runtime's default trust.
     *
     * @param token API token, or {@code null}/empty when the server needs none (loopback)
     */
    public EvaluationClient(URI base, String token, javax.net.ssl.SSLContext tls) {
        String s = Objects.requireNonNull(base, "base").toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token == null || token.isBlank() ? null : token.trim();
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            b.sslContext(tls);
        }
        this.http = b.build();
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
        HttpResponse<String> r = exchange(b.build(), HttpResponse.BodyHandlers.ofString());
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

    // ------------------------------------------------------------------ remote evaluation (docs/server.md)

    /** The API version this client speaks: the {@code v1} of {@code /api/v1}. */
    public static final String API_VERSION = "1";

    /**
     * Checks that a server answers at the address and speaks {@link #API_VERSION} ({@code GET /health}).
     *
     * @throws IncompatibleServerException naming both versions when it speaks another one
     */
    public ServerInfo checkServer() throws IOException {
        JsonNode health;
        try {
            health = MAPPER.readTree(send("GET", "health", null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(base + " answers GET /health with something other than JSON; is it a HILLmix "
                    + "evaluation server?", e);
        }
        ServerInfo info = new ServerInfo(health.hasNonNull("apiVersion") ? health.get("apiVersion").asText() : null,
                health.path("version").asText(""));
        if (!API_VERSION.equals(info.apiVersion())) {
            throw new IncompatibleServerException("evaluation server " + base + " speaks API version "
                    + (info.apiVersion() == null ? "unknown (it does not say; an older server)" : info.apiVersion())
                    + ", this client speaks API version " + API_VERSION + "; use a client and server of the same "
                    + "release", info.apiVersion());
        }
        return info;
    }

    /**
     * Checks that the token is accepted (or that none is needed) with a request that needs one.
     *
     * @throws EvaluationServerException with status 401 when the token is missing or refused
     */
    public void checkAccess() throws IOException {
        send("GET", "api/v1/jobs?limit=1", null);
    }

    /** Whether the server holds the label set whose SHA-256 is {@code sha256}. */
    public boolean hasLabelSet(String sha256) throws IOException {
        return exists("api/v1/labelsets/" + sha256);
    }

    /**
     * Uploads a label file.
     *
     * @param format the label-set format ({@code journal}, {@code jsonl-labels}, {@code cifar10s}, {@code hmix},
     *        {@code cifar10h}), or null to let the server detect it
     * @return the label set's id (the SHA-256 of the bytes)
     * @throws EvaluationServerException when the server refuses it (the detail names the line)
     */
    public String uploadLabelSet(Path file, String format) throws IOException {
        String query = "?name=" + encode(uploadName(file)) + (format == null ? "" : "&format=" + encode(format));
        return MAPPER.readTree(sendFile("api/v1/labelsets" + query, file, "application/octet-stream"))
                .path("id").asText();
    }

    /** Whether the server holds a data set with this id. */
    public boolean hasDataset(String id) throws IOException {
        return exists("api/v1/datasets/" + id);
    }

    /**
     * Uploads an image folder as data set {@code name}, as a tar stream written while it is sent: the folder is
     * read once, file after file, and never packed into memory or a temporary file.
     *
     * @return the data set's id
     * @throws EvaluationServerException when the server refuses it
     * @throws IOException when a local file cannot be read (that error, not the server's answer to the cut-off
     *         upload)
     */
    public String uploadDataset(String name, FolderArchive folder, ProgressMonitor monitor) throws IOException {
        java.util.concurrent.atomic.AtomicReference<Throwable> local = new java.util.concurrent.atomic.AtomicReference<>();
        HttpRequest.BodyPublisher tar = HttpRequest.BodyPublishers.ofInputStream(() -> {
            java.io.PipedInputStream in = new java.io.PipedInputStream(256 * 1024);
            java.io.PipedOutputStream out;
            try {
                out = new java.io.PipedOutputStream(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Thread writer = new Thread(() -> {
                try (out) {
                    folder.writeTar(out, monitor);
                } catch (Throwable e) { // whatever stops the writer must reach the caller, not just end the body
                    // ends the body early; the caller reports this rather than the server's "invalid archive"
                    local.set(e);
                }
            }, "hillmix-upload-" + name);
            writer.setDaemon(true);
            writer.start();
            return in;
        });
        String path = "api/v1/datasets?name=" + encode(name);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/x-tar").POST(tar);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r;
        try {
            r = exchange(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            rethrowLocal(local.get());
            throw e;
        }
        rethrowLocal(local.get());
        if (r.statusCode() >= 200 && r.statusCode() < 300) {
            return MAPPER.readTree(r.body()).path("id").asText();
        }
        throw new EvaluationServerException(r.statusCode(), problem("POST", path, r.statusCode(), r.body()));
    }

    private static void rethrowLocal(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new IOException("could not pack the data set for the upload: " + t, t);
        }
    }

    /**
     * Follows job {@code id} through its event stream ({@code GET /api/v1/jobs/{id}/events}) until it finishes,
     * passing every progress event to {@code onEvent} and reporting progress to {@code monitor} in thousandths.
     * Cancelling the monitor cancels the job on the server.
     *
     * @return the finished job
     * @throws OperationCancelledException when the monitor was cancelled (the server job is cancelled too)
     * @throws IOException when the connection is lost before the job finishes (the job goes on; follow it again)
     */
    public JobStatus follow(String id, ProgressMonitor monitor, java.util.function.Consumer<JobStatus> onEvent)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("api/v1/jobs/" + id + "/events"))
                .header("Accept", "text/event-stream");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<java.io.InputStream> r = exchange(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            String body;
            try (java.io.InputStream in = r.body()) {
                body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            throw new EvaluationServerException(r.statusCode(), problem("GET", "api/v1/jobs/" + id + "/events",
                    r.statusCode(), body));
        }
        pm.begin("Evaluating on " + base, 1000);
        int[] reported = {0};
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        java.io.InputStream stream = r.body();
        // Reading blocks until the next event or heartbeat; a watcher closes the stream as soon as the monitor is
        // cancelled, so cancelling takes effect at once.
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (pm.isCancelled()) {
                    cancelled.set(true);
                    try {
                        stream.close();
                    } catch (IOException e) {
                        // the reader notices the cancellation either way
                    }
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hillmix-follow-" + id);
        watcher.setDaemon(true);
        watcher.start();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(stream,
                java.nio.charset.StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        JobStatus s = status(MAPPER.readTree(data.toString()));
                        progress(pm, s, reported);
                        onEvent.accept(s);
                        if ("done".equals(event) || s.isFinished()) {
                            pm.done();
                            return s;
                        }
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
            throw lost(id, null);
        } catch (IOException e) {
            if (cancelled.get()) {
                cancel(id);
                throw new OperationCancelledException();
            }
            throw e.getMessage() != null && e.getMessage().startsWith("lost the connection") ? e : lost(id, e);
        } finally {
            watcher.interrupt();
        }
    }

    private IOException lost(String id, IOException cause) {
        return new IOException("lost the connection to " + base + " while following job " + id + " before it "
                + "finished" + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
                + "; the job may still be running: follow it again with `hillmix follow --server " + base + " " + id
                + " --out DIR`", cause);
    }

    private static void progress(ProgressMonitor pm, JobStatus s, int[] reported) {
        if (!s.phase().isEmpty()) {
            pm.subTask(s.phase());
        }
        if (!Double.isNaN(s.fraction())) {
            int due = (int) Math.min(1000, Math.round(s.fraction() * 1000));
            if (due > reported[0]) {
                pm.worked(due - reported[0]);
                reported[0] = due;
            }
        }
    }

    private boolean exists(String path) throws IOException {
        try {
            send("GET", path, null);
            return true;
        } catch (EvaluationServerException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private String sendFile(String path, Path file, String mediaType) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofFile(file));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = exchange(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 200 && r.statusCode() < 300) {
            return r.body();
        }
        throw new EvaluationServerException(r.statusCode(), problem("POST", path, r.statusCode(), r.body()));
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        try {
            return http.send(request, handler);
        } catch (ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw new IOException("no evaluation server answers at " + base + "; start one with `java -jar hillmix.jar"
                    + " serve` or correct the server address in the preferences", e);
        } catch (javax.net.ssl.SSLHandshakeException e) {
            throw new IOException("the TLS certificate of " + base + " is not trusted (" + e.getMessage() + "); "
                    + "give the client the server's certificate, or connect insecurely for a test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + base, e);
        }
    }

    /** The file's name as the server's upload name: the characters it accepts, at most 100. */
    static String uploadName(Path file) {
        String n = file.getFileName().toString().replaceAll("[^\\p{L}\\p{N} ._()+-]", "_");
        return n.length() > 100 ? n.substring(n.length() - 100) : n.isEmpty() ? "upload" : n;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
