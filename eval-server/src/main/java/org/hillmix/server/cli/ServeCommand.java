package org.hillmix.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hillmix.server.app.ServerAssembly;
import org.hillmix.server.datasets.ExtractionLimits;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.ServerConfig;
import org.hillmix.server.http.TlsSettings;
import org.hillmix.server.train.TrainingThreads;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix serve}: runs the evaluation server until interrupted (Ctrl-C stops it gracefully: running jobs
 * become {@code interrupted}, queued jobs stay queued for the next start). See docs/server.md.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the evaluation server (JSON API under /api/v1; see docs/server.md).",
            "Listens on 127.0.0.1 by default; any other address requires API tokens ('hillmix token create')",
            "and TLS (--tls-keystore), or --insecure-http."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Non-loopback addresses require tokens.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Database and data sets (default: ~/.hillmix/server).")
    Path dataDir;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Jobs trained at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--training-threads", paramLabel = "N",
            description = "CPU threads a training job may use (default: all cores but one, so that the server stays"
                    + " responsive while a job trains; or -Dai.djl.pytorch.num_threads).")
    Integer trainingThreads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
            description = "Jobs that may wait; more get 429 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--require-token", description = "Require API tokens on loopback too.")
    boolean requireToken;

    @Option(names = "--requeue-interrupted",
            description = "Queue jobs interrupted by a restart again instead of marking them interrupted.")
    boolean requeueInterrupted;

    @Option(names = "--allow-path", paramLabel = "DIR",
            description = "A folder whose files job configurations may name (repeatable), e.g. the shared data.")
    List<Path> allowPaths = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest JSON request body (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "268435456",
            description = "Largest data-set upload (default: ${DEFAULT-VALUE}).")
    long maxUpload;

    @Option(names = "--max-extracted", paramLabel = "BYTES", defaultValue = "1073741824",
            description = "Most bytes an upload may expand to (default: ${DEFAULT-VALUE}).")
    long maxExtracted;

    @Option(names = "--upload-retention", paramLabel = "DURATION", defaultValue = "7d",
            converter = DurationConverter.class,
            description = "Keep an uploaded label set or data set that no queued or running job needs this long "
                    + "after its last use, e.g. 12h, 30d or PT90M (default: ${DEFAULT-VALUE}).")
    java.time.Duration uploadRetention;

    @Option(names = "--max-labelsets", paramLabel = "N", defaultValue = "1000",
            description = "Most uploaded label sets kept at once; more get 507 (default: ${DEFAULT-VALUE}).")
    int maxLabelSets;

    @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
            description = "Serve HTTPS (HTTP/1.1 and HTTP/2) with the key and certificate in this PKCS#12 keystore.")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE",
            description = "File holding the keystore's password (needed with --tls-keystore).")
    Path tlsPasswordFile;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--insecure-http",
            description = "Allow plain HTTP on a non-loopback address (tokens and labels travel unencrypted).")
    boolean insecureHttp;

    @Override
    public Integer call() throws Exception {
        if (trainingThreads != null) {
            if (trainingThreads < 1) {
                throw new IllegalArgumentException("--training-threads must be at least 1, got " + trainingThreads);
            }
            TrainingThreads.limit(trainingThreads);
        }
        ServerConfig config = config();
        EvaluationServer server = ServerAssembly.newServer(config);
        server.start();
        PrintWriter out = spec.commandLine().getOut();
        if (server.insecureRemote()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("WARNING: listening on " + config.host() + " over plain HTTP (--insecure-http): API tokens "
                    + "and uploaded labels travel unencrypted; use --tls-keystore on any network you do not trust.");
            err.flush();
        }
        out.println("HILLmix evaluation server listening on " + server.baseUri() + " (API " + server.baseUri()
                + "/api/v1, data in " + config.dataDir() + (server.tokensRequired() ? ", API tokens required" : "")
                + "). Ctrl-C stops it.");
        out.flush();
        Thread hook = new Thread(server::close, "hillmix-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.join();
        return 0;
    }

    /** The configuration from the options. */
    ServerConfig config() throws java.io.IOException {
        if (maxUpload < 1 || maxExtracted < 1) {
            throw new IllegalArgumentException("--max-upload and --max-extracted must be positive");
        }
        if ((tlsKeystore == null) != (tlsPasswordFile == null)) {
            throw new IllegalArgumentException("--tls-keystore and --tls-password-file go together; give both");
        }
        ExtractionLimits defaults = ExtractionLimits.defaults();
        return ServerConfig.builder(DataDirs.orDefault(dataDir)).host(host).port(port).workers(workers)
                .queueCapacity(queue).requireToken(requireToken).requeueInterrupted(requeueInterrupted)
                // --allow-path folders are relative to where the command runs, not to the data directory.
                .allowedPaths(allowPaths.stream().map(p -> p.toAbsolutePath().normalize()).toList())
                .maxJsonBytes(maxBody).uploadRetention(uploadRetention).maxLabelSets(maxLabelSets)
                .tls(tlsKeystore == null ? null : new TlsSettings(tlsKeystore.toAbsolutePath(),
                        tlsPasswordFile.toAbsolutePath()))
                .insecureHttp(insecureHttp)
                .database(database.resolve(System.getenv()))
                .extraction(new ExtractionLimits(maxUpload, maxExtracted, defaults.maxEntries(), defaults.maxRatio()))
                .build();
    }
}
