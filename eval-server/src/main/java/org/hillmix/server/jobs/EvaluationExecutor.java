package org.hillmix.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.datasets.DatasetInfo;
import org.hillmix.server.datasets.DatasetStore;
import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.server.eval.JobRunner;
import org.hillmix.server.eval.MemoryBudget;
import org.hillmix.server.eval.ReportHtml;

/**
 * Runs jobs with the evaluation package's {@link JobRunner}: parses and validates the configuration with
 * {@link JobConfig#parse(String)}, applies the server's rules (data sets of kind {@code server} must exist; paths
 * must pass the {@link ConfigPathPolicy}), replaces a {@code server} data set by the folder it stands for, and
 * renders the report as JSON and standalone HTML.
 */
public final class EvaluationExecutor implements JobExecutor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
    public JobPlan plan(String configJson) {
        JobConfig config = JobConfig.parse(configJson);
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
        return new JobPlan(config.name(), Math.max(1, config.regimes().size() * config.seeds().size()));
    }

    @Override
    public RenderedReport execute(String configJson, JobProgressListener progress, ProgressMonitor monitor)
            throws Exception {
        JobConfig config = resolve(JobConfig.parse(configJson), configJson);
        paths.check(config);
        EvaluationReport report = runner.run(config, progress::update, monitor);
        return new RenderedReport(report.toJson(), ReportHtml.render(report));
    }

    /** {@code config} with a {@code server} data set replaced by the data-set folder's own kind and paths. */
    private JobConfig resolve(JobConfig config, String configJson) {
        if (!(config.dataset() instanceof DatasetSpec.Server s)) {
            return config;
        }
        DatasetInfo info = serverDataset(s.id());
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(configJson);
            tree.set("dataset", MAPPER.valueToTree(info.spec()));
            return JobConfig.parse(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
