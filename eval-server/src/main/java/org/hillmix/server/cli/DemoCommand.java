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
 * {@code hillmix demo [--out DIR] [--quick] [--data DIR]}: the embedded demonstration. Without {@code --data} it
 * generates a synthetic data set with simulated annotators in process; with {@code --data} it uses the real
 * CIFAR-10 test-subset images with CIFAR-10S soft labels, CIFAR-10H votes and H-Mix mixing-factor judgments. It
 * trains the hard, human-soft, (votes,) mixup and human-mixup regimes, prints a comparison table and writes the
 * reports.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Trains hard, human-soft, mixup and human-mixup models on a synthetic data set with simulated",
            "annotators (or, with --data, on real CIFAR-10 images with CIFAR-10S, CIFAR-10H and H-Mix labels),",
            "prints a comparison table and writes report.json and report.html. Progress goes to stderr."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "hillmix-demo",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--quick", description = "a smaller, faster run (fewer images and epochs, one seed)")
    boolean quick;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the shared data folder (with cifar10-test-subset/, cifar10s/, cifar10h/, hmix/)")
    Path data;

    @Option(names = "--study", description = {"with --data: the decisive study (docs/findings.md): all 1,533 real",
        "images, 5-fold cross-validation, early stopping, every regime and control"})
    boolean study;

    @Override
    public Integer call() throws Exception {
        if (data != null && !Files.isDirectory(data.resolve("cifar10-test-subset"))) {
            throw new IllegalArgumentException("--data " + data + " has no cifar10-test-subset/ folder; give the "
                    + "shared data folder (e.g. ../shared/data)");
        }
        if (study && data == null) {
            throw new IllegalArgumentException("--study runs on the real data; give --data (e.g. ../shared/data)");
        }
        JobConfig job = JobConfig.parse(study ? studyJob(quick, data) : data == null ? syntheticJob(quick)
                : realJob(quick, data));
        var err = spec.commandLine().getErr();
        err.println("HILLmix demo: " + job.name() + " (" + job.regimes().size() + " regimes x " + job.seeds().size()
                + " seed(s), " + job.training().epochs() + " epochs)");
        EvaluationReport report = new EvaluationRunner(Path.of("").toAbsolutePath())
                .run(job, new StderrProgress(err), ProgressMonitor.NULL);
        List<Path> files = ReportFiles.write(report, out);
        var o = spec.commandLine().getOut();
        o.println(report.data().dataset());
        o.println(report.data().trainItems() + " train / " + report.data().validationItems() + " validation / "
                + report.data().testItems() + " test items; Human CE = cross-entropy to human labels (lower = closer)");
        o.println();
        o.print(ReportFiles.comparisonTable(report));
        o.println();
        o.println("Calibration: fitted temperature T (T > 1: the model was over-confident), ECE before and after "
                + "temperature scaling");
        o.print(ReportFiles.calibrationTable(report));
        o.println();
        o.println("report: " + files.get(0).toAbsolutePath());
        o.println("html:   " + files.get(1).toAbsolutePath());
        o.flush();
        return 0;
    }

    /**
     * The synthetic demo job. Sizes were chosen so that the full demo finishes in a few minutes on two CPU cores
     * (see docs/job-config.md for measured times).
     */
    public static String syntheticJob(boolean quick) {
        int perClass = quick ? 40 : 100;
        int epochs = quick ? 2 : 6;
        String seeds = quick ? "[0]" : "[0, 1, 2]";
        int bootstrap = quick ? 200 : 1000;
        return """
                {
                  "schema": "hillmix.job/1",
                  "name": "%s",
                  "dataset": {"kind": "synthetic", "classes": 6, "perClass": %d, "imageSize": 32, "ambiguity": 0.35,
                              "noise": 0.25, "seed": 7},
                  "labels": {"kind": "simulated", "annotators": 5, "voters": 50, "mixingJudgments": 600, "seed": 11},
                  "split": {"train": 0.6, "validation": 0.2, "test": 0.2, "seed": 0},
                  "model": "small-cnn",
                  "training": {"epochs": %d, "batchSize": 32, "optimizer": "sgd", "learningRate": 0.05, "momentum": 0.9,
                               "weightDecay": 0.0005, "schedule": "cosine", "augment": true},
                  "regimes": [{"name": "hard"}, {"name": "human-soft"}, {"name": "mixup", "alpha": 0.4},
                              {"name": "human-mixup", "alpha": 0.4, "confidenceWeighted": true}],
                  "seeds": %s,
                  "metrics": {"bins": 10, "bootstrap": %d, "fgsm": true}
                }
                """.formatted(quick ? "demo-synthetic-quick" : "demo-synthetic", perClass, epochs, seeds, bootstrap);
    }

    /** The real-data demo job over the shared data folder {@code dir}. */
    public static String realJob(boolean quick, Path dir) {
        String d = jsonString(dir.toAbsolutePath().normalize().toString());
        String limit = quick ? ", \"limit\": 300" : "";
        int epochs = quick ? 3 : 10;
        int bootstrap = quick ? 200 : 1000;
        return """
                {
                  "schema": "hillmix.job/1",
                  "name": "%s",
                  "dataset": {"kind": "shared-cifar10", "dir": %s, "labelledOnly": true%s},
                  "labels": [{"kind": "cifar10s", "dir": %s}, {"kind": "cifar10h", "dir": %s}, {"kind": "hmix", "dir": %s}],
                  "split": {"train": 0.6, "validation": 0.2, "test": 0.2, "seed": 0},
                  "model": "small-cnn",
                  "training": {"epochs": %d, "batchSize": 32, "optimizer": "sgd", "learningRate": 0.05, "momentum": 0.9,
                               "weightDecay": 0.0005, "schedule": "cosine", "augment": true},
                  "regimes": [{"name": "hard"}, {"name": "human-soft"}, {"name": "votes"}, {"name": "mixup", "alpha": 0.4},
                              {"name": "human-mixup", "alpha": 0.4, "confidenceWeighted": true}],
                  "seeds": %s,
                  "metrics": {"bins": 10, "bootstrap": %d, "fgsm": true}
                }
                """.formatted(quick ? "demo-cifar10-quick" : "demo-cifar10", d, limit, d, d, d, epochs,
                quick ? "[0]" : "[0, 1, 2]", bootstrap);
    }

    /**
     * The study job (docs/findings.md): every one of the 1,533 real CIFAR-10 test images (all have CIFAR-10H
     * votes, 1,000 also CIFAR-10S answers), stratified 5-fold cross-validation, early stopping on the validation
     * NLL, the regimes hard, human-soft, votes, label smoothing, mixup and human-mixup, one seed. Sized to finish
     * in under 30 minutes on two idle CPU cores (measured figures in docs/findings.md). {@code quick}: 3 folds, at
     * most 4 epochs, 300 images.
     */
    public static String studyJob(boolean quick, Path dir) {
        String d = jsonString(dir.toAbsolutePath().normalize().toString());
        String limit = quick ? ", \"limit\": 300" : "";
        return """
                {
                  "schema": "hillmix.job/1",
                  "name": "%s",
                  "dataset": {"kind": "shared-cifar10", "dir": %s, "labelledOnly": false%s},
                  "labels": [{"kind": "cifar10s", "dir": %s}, {"kind": "cifar10h", "dir": %s}, {"kind": "hmix", "dir": %s}],
                  "split": {"kind": "kfold", "folds": %d, "seed": 0},
                  "model": "small-cnn",
                  "training": {"epochs": %d, "batchSize": 32, "optimizer": "sgd", "learningRate": 0.05, "momentum": 0.9,
                               "weightDecay": 0.0005, "schedule": "cosine", "augment": true,
                               "earlyStopping": {"patience": %d}},
                  "regimes": [{"name": "hard"}, {"name": "human-soft"}, {"name": "votes"},
                              {"name": "label-smoothing", "smoothing": 0.1}, {"name": "mixup", "alpha": 0.4},
                              {"name": "human-mixup", "alpha": 0.4, "confidenceWeighted": true}],
                  "seeds": [0],
                  "metrics": {"bins": 10, "bootstrap": %d, "fgsm": false}
                }
                """.formatted(quick ? "study-cifar10-quick" : "study-cifar10", d, limit, d, d, d, quick ? 3 : 5,
                quick ? 4 : 15, quick ? 2 : 4, quick ? 200 : 1000);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
