package org.hillmix.server.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hillmix.server.cli.HillmixMain;

/**
 * {@code hillmix serve --port 0} in a child JVM on this test's class path, for tests that kill the server the way
 * a crash does (SIGKILL: no shutdown hook, no close).
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (https?://\\S+?) ");

    final Process process;
    final URI base;
    final Path log;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts {@code serve --port 0 --data-dir dataDir} plus {@code args} and waits until it listens.
     *
     * @param log where the child's stderr goes (kept for failure messages)
     */
    public static ServerProcess start(Path dataDir, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dai.djl.offline=true",
                "-cp", System.getProperty("java.class.path"), HillmixMain.class.getName(),
                "serve", "--port", "0", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException e) {
                        // the child died
                    }
                }, "server-stdout");
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(p, URI.create(m.group(1)), log);
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IOException("the server did not start (exit " + (p.isAlive() ? "?" : p.exitValue()) + "): "
                + tail(log));
    }

    /** The last lines of the child's stderr. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL (on Unix {@code destroyForcibly} sends SIGKILL): the process ends without running any code. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server process did not die");
        }
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:43123}. */
    public URI base() {
        return base;
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
