package org.hillmix.server.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.datasets.DatasetInfo;
import org.hillmix.server.datasets.DatasetStore;
import org.hillmix.server.eval.data.MemoryBudget;
import org.hillmix.server.eval.report.ReportHtml;
import org.hillmix.server.eval.run.JobRunner;
import org.hillmix.server.jobs.JobExecutor;
import org.hillmix.server.jobs.JobProgressListener;

/**
 * Runs the queue's jobs with the evaluation package's {@link JobRunner}. A submission is read once, with
 * {@link ContractJson#readJob(String)}, and checked against the server's rules (data sets of kind {@code server}
 * must exist; paths must pass the {@link ConfigPathPolicy}; the images must fit the {@link MemoryBudget}); the
 * prepared job keeps the typed {@link JobConfig}. When it runs, a {@code server} data set is replaced by the folder
 * it stands for (looked up then, so a data set replaced meanwhile is used as it is now), the paths are checked
 * again (links may have changed), and the report is rendered as JSON and standalone HTML.
 */
public final class EvaluationExecutor implements JobExecutor {

    private final JobRunner runner;
    private final DatasetStore datasets;
    private final ConfigPathPolicy paths;

    /** Runs with {@code runner}, resolving server data sets from {@code datasets}, checking files with {@code paths}. */
    public EvaluationExecutor(JobRunner runner, DatasetStore datasets, ConfigPathPolicy paths) {
        this.runner = runner;
        this.datasets = datasets;
        this.paths = paths;
    }

    @Override
    public PreparedJob prepare(String configJson) {
        JobConfig config = ContractJson.readJob(configJson);
        paths.check(config);
        if (config.dataset() instanceof DatasetSpec.Server s) {
            serverDataset(s.id());
            try {
                // a submission counts as a use: retention keeps the upload at least that long from now
                datasets.touch(s.id());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the use of data set " + s.id(), e);
            }
        }
        MemoryBudget.check(config, MemoryBudget.defaultBudget());
        return new Prepared(config);
    }

    /** A checked job configuration. */
    private final class Prepared implements PreparedJob {
        private final JobConfig config;

        Prepared(JobConfig config) {
            this.config = config;
        }

        @Override
        public String name() {
            return config.name();
        }

        @Override
        public int runs() {
            return Math.max(1, config.regimes().size() * config.seeds().size());
        }

        @Override
        public RenderedReport execute(JobProgressListener progress, ProgressMonitor monitor) throws Exception {
            JobConfig resolved = resolve(config);
            paths.check(resolved);
            EvaluationReport report = runner.run(resolved, progress::update, monitor);
            return new RenderedReport(report.toJson(), ReportHtml.render(report));
        }
    }

    /**
     * {@code config} with a {@code server} data set replaced by the data-set folder's own kind and paths, and the
     * reference's {@code limit}.
     */
    private JobConfig resolve(JobConfig config) {
        if (!(config.dataset() instanceof DatasetSpec.Server s)) {
            return config;
        }
        java.util.Map<String, Object> files = new java.util.LinkedHashMap<>(serverDataset(s.id()).spec());
        if (s.limit() != null) {
            files.put("limit", s.limit()); // a cap beside the reference applies to the files it names
        }
        return config.withDataset(ContractJson.dataset(files));
    }

    private DatasetInfo serverDataset(String id) {
        Optional<DatasetInfo> info;
        try {
            info = datasets.find(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data-set folder", e);
        }
        if (info.isEmpty()) {
            throw new IllegalArgumentException("dataset.id '" + id + "' is not a data set on this server; list them "
                    + "with GET /api/v1/datasets or upload one with POST /api/v1/datasets?name=...");
        }
        if (!info.get().usable()) {
            throw new IllegalArgumentException("dataset.id '" + id + "' cannot be used: " + info.get().problem());
        }
        return info.get();
    }
}
