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

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix serve}: runs the evaluation server until interrupted (Ctrl-C stops it gracefully: running jobs
 * become {@code interrupted}, queued jobs stay queued for the next start). See docs/server.md.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the evaluation server (JSON API under /api/v1; see docs/server.md).",
            "Listens on 127.0.0.1 by default; any other address requires API tokens ('hillmix token create')."})
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

    @Override
    public Integer call() throws Exception {
        ServerConfig config = config();
        EvaluationServer server = ServerAssembly.newServer(config);
        server.start();
        PrintWriter out = spec.commandLine().getOut();
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
    ServerConfig config() {
        if (maxUpload < 1 || maxExtracted < 1) {
            throw new IllegalArgumentException("--max-upload and --max-extracted must be positive");
        }
        ExtractionLimits defaults = ExtractionLimits.defaults();
        return ServerConfig.builder(DataDirs.orDefault(dataDir)).host(host).port(port).workers(workers)
                .queueCapacity(queue).requireToken(requireToken).requeueInterrupted(requeueInterrupted)
                // --allow-path folders are relative to where the command runs, not to the data directory.
                .allowedPaths(allowPaths.stream().map(p -> p.toAbsolutePath().normalize()).toList())
                .maxJsonBytes(maxBody)
                .extraction(new ExtractionLimits(maxUpload, maxExtracted, defaults.maxEntries(), defaults.maxRatio()))
                .build();
    }
}
