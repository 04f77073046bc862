package org.hillmix.server.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.server.datasets.DatasetStore;
import org.hillmix.server.eval.run.EvaluationRunner;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.ServerConfig;
import org.hillmix.server.train.TrainingThreads;

/**
 * The composition root of the evaluation server: wires the HTTP server and its job queue to the real evaluation
 * runner. {@code hillmix serve} and the benchmarks build their servers here, so neither the queue ({@code jobs})
 * nor the HTTP layer ({@code http}) depends on the evaluation code, and nothing reaches into the command line
 * ({@code cli}) for it.
 */
public final class ServerAssembly {

    private ServerAssembly() {
    }

    /**
     * A production server for {@code config} (not yet started).
     *
     * @throws IllegalArgumentException when the configuration is not allowed (see
     *         {@link EvaluationServer#newServer(ServerConfig, EvaluationServer.ExecutorFactory)})
     * @throws IOException when the data directory or database cannot be opened
     */
    public static EvaluationServer newServer(ServerConfig config) throws IOException {
        return EvaluationServer.newServer(config, ServerAssembly::executor);
    }

    /**
     * The executor {@code serve} runs jobs with: the DJL evaluation runner, relative paths in job configurations
     * resolved against the data directory (docs/job-config.md), files allowed in the data-set folder and the
     * {@code --allow-path} folders. Unless a training thread count was chosen, training leaves one core to the
     * server ({@link TrainingThreads#serverDefault()}).
     */
    public static EvaluationExecutor executor(ServerConfig config, DatasetStore datasets) {
        TrainingThreads.limitToServerDefaultUnlessSet();
        Path base = config.dataDir();
        List<Path> roots = new ArrayList<>(config.allowedPaths());
        roots.add(datasets.root());
        // label sets of jobs are resolved to files in the label-set folder (LabelSetResolver)
        roots.add(config.labelSetsDir());
        return new EvaluationExecutor(new EvaluationRunner(base), datasets, new ConfigPathPolicy(base, roots));
    }
}
