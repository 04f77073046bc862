package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hillmix.core.evaluation.JobConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandsTest {

    @TempDir
    Path tmp;


    @Test
    void evaluateRejectsAnInvalidConfigWithOneLine() throws Exception {
        Path job = tmp.resolve("job.json");
        Files.writeString(job, """
                {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic"},
                 "regimes": [{"name": "mixup", "alpha": 0}]}
                """);
        CliRun r = run("evaluate", "--config", job.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("regimes[0].alpha must be > 0"), r.err());
    }

    @Test
    void evaluateReportsAMissingFile() {
        CliRun r = run("evaluate", "--config", tmp.resolve("nope.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.json"), r.err());
    }

    @Test
    void demoRejectsAFolderWithoutTheSharedData() {
        CliRun r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cifar10-test-subset"), r.err());
    }

    @Test
    void quickDemoTrainsFourRegimesAndWritesTheReports() throws Exception {
        Path out = tmp.resolve("demo");
        CliRun r = run("demo", "--quick", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String regime : new String[] {"hard", "human-soft", "mixup", "human-mixup"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(regime + " ")), "table row " + regime + ":\n" + r.out());
        }
        assertTrue(r.out().contains("Human CE") && r.out().contains("ECE") && r.out().contains("Brier"), r.out());
        assertTrue(Files.size(out.resolve("report.json")) > 0);
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg class=\"reliability\""));
        assertTrue(r.err().contains("done"), "progress on stderr: " + r.err());
    }

    @Test
    void demoJobsAreValid() {
        // The demo builds its jobs as JSON; they must pass the same validation as user jobs.
        assertEquals("demo-synthetic", JobConfig.parse(DemoCommand.syntheticJob(false)).name());
        assertEquals(1, JobConfig.parse(DemoCommand.syntheticJob(true)).seeds().size());
        JobConfig real = JobConfig.parse(DemoCommand.realJob(false, Path.of("some dir \"quoted\"")));
        assertEquals(5, real.regimes().size());
        assertEquals(3, real.labels().size());
    }
}
