package org.hillmix.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.eval.report.ReportFiles;
import org.hillmix.server.eval.run.EvaluationRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix evaluate --config job.json [--out DIR]}: runs an evaluation job (docs/job-config.md) without
 * the server and writes report.json, report.html and job.json.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs an evaluation job without the server: trains every regime and seed, measures accuracy,",
            "calibration, robustness and human alignment, and writes report.json and report.html.",
            "Relative paths in the job are resolved against the current directory. Progress goes to stderr."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "job configuration (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "hillmix-report",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            // checked before training, which can take minutes, rather than when the report is written
            throw new IllegalArgumentException("--out " + out + " is an existing file; give a folder (new or existing)"
                    + " for report.json and report.html");
        }
        JobConfig job = JobConfig.read(config);
        var err = spec.commandLine().getErr();
        EvaluationReport report = new EvaluationRunner(Path.of("").toAbsolutePath())
                .run(job, new StderrProgress(err), ProgressMonitor.NULL);
        List<Path> files = ReportFiles.write(report, out);
        var o = spec.commandLine().getOut();
        o.print(ReportFiles.comparisonTable(report));
        o.println();
        o.println("report: " + files.get(0));
        o.println("html:   " + files.get(1));
        o.flush();
        return 0;
    }
}
