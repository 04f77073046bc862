package org.hillmix.ui.eval.internal.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local evaluation server as a child process: {@code java -Dai.djl.offline=true -jar
 * hillmix.jar serve --host 127.0.0.1 --port 0 --data-dir <dir> --allow-path <project>}. Port 0 lets
 * the server pick a free port, which it prints ({@code listening on http://127.0.0.1:PORT}); this
 * reads it from the server's output. {@link #close()} stops the server (it marks a running job
 * interrupted).
 */
public final class LocalServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (https?://\\S+?)[ ,)]");

    private final Process process;
    private final URI uri;
    private final List<String> output;

    private LocalServerProcess(Process process, URI uri, List<String> output) {
        this.process = process;
        this.uri = uri;
        this.output = output;
    }

    /**
     * Starts the server and waits (at most {@code timeoutSeconds}) until it listens.
     *
     * @param javaExe the java executable
     * @param jar hillmix.jar (its {@code lib/} beside it)
     * @param dataDir the server's data folder
     * @param allowed folders jobs may read (the project folders)
     * @throws IOException when the jar is missing, the process cannot start, exits, or does not
     *     listen in time; the message quotes the server's last output lines
     */
    public static LocalServerProcess start(Path javaExe, Path jar, Path dataDir, List<Path> allowed, long timeoutSeconds)
            throws IOException {
        return start(javaExe, jar, dataDir, allowed, List.of(), timeoutSeconds);
    }

    /**
     * {@link #start(Path, Path, Path, List, long)} with more {@code serve} options (e.g. {@code --require-token},
     * {@code --tls-keystore}); a server with TLS prints, and this returns, an {@code https} address.
     */
    public static LocalServerProcess start(Path javaExe, Path jar, Path dataDir, List<Path> allowed,
            List<String> serveOptions, long timeoutSeconds) throws IOException {
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IOException("the local evaluation server needs hillmix.jar, but " + (jar == null ? "none is set"
                    : jar + " does not exist") + "; set its path in Window > Preferences > HILLmix > Evaluation Server (build it"
                    + " with `./mvnw -B package -DskipTests`: eval-server/target/hillmix.jar), or give the address of"
                    + " a running server there");
        }
        Files.createDirectories(dataDir);
        List<String> cmd = new ArrayList<>(List.of(javaExe.toString(), "-Dai.djl.offline=true", "-jar", jar.toString(),
                "serve", "--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir.toString()));
        for (Path p : allowed) {
            cmd.add("--allow-path");
            cmd.add(p.toAbsolutePath().toString());
        }
        cmd.addAll(serveOptions);
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    if (output.size() > 200) {
                        output.remove(0);
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (!listening.isDone() && m.find()) {
                        listening.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process ended; the waiting side reports it
            }
            listening.completeExceptionally(new IOException("the server exited"));
        }, "hillmix-local-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI uri = listening.get(timeoutSeconds, TimeUnit.SECONDS);
            return new LocalServerProcess(process, uri, output);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the local evaluation server", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("the local evaluation server did not start (" + String.join(" ", cmd) + "): "
                    + tail(output), e);
        }
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return uri;
    }

    /** Whether the process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The server's recent output lines. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** The java executable running this workbench. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The jar to use: {@code configured} when set, else system property {@code hillmix.server.jar},
     * else {@code server/hillmix.jar} in the installation folder, if it exists.
     */
    public static Optional<Path> findJar(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured.trim()));
        }
        String property = System.getProperty("hillmix.server.jar");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        String install = System.getProperty("eclipse.home.location", "");
        if (install.startsWith("file:")) {
            Path candidate = Path.of(URI.create(install)).resolve("server").resolve("hillmix.jar");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String tail(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        return copy.isEmpty() ? "no output" : String.join(" | ", copy.subList(Math.max(0, copy.size() - 5),
                copy.size()));
    }

    /** Stops the server, forcibly after 10 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
