package org.hillmix.server.eval.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.train.TrainingResult;
import org.junit.jupiter.api.Test;

/**
 * Runs as the unit of work: a job trained run by run ({@link EvaluationRunner#runOne}, in any order, each on its
 * own as another server would), its results stored as text and read back, assembles into the report a whole-job
 * {@link EvaluationRunner#run} makes. With the real DJL engine on a tiny job.
 */
class RunSeamTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void runsTrainedSeparatelyAssembleIntoTheSameReport() throws Exception {
        JobConfig config = JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "seam",
                 "dataset": {"kind": "synthetic", "classes": 3, "perClass": 20, "imageSize": 16, "ambiguity": 0.4},
                 "labels": {"kind": "simulated", "annotators": 3, "voters": 10, "mixingJudgments": 200},
                 "training": {"epochs": 1, "batchSize": 16},
                 "split": {"kind": "kfold", "folds": 3, "seed": 5},
                 "regimes": [{"name": "hard"}, {"name": "human-mixup"}], "seeds": [0, 1],
                 "metrics": {"bins": 5, "bootstrap": 20, "fgsm": false}}
                """);
        EvaluationRunner runner = new EvaluationRunner(Path.of("."));
        List<EvaluationRunner.RunKey> keys = EvaluationRunner.runs(config);
        assertEquals(2 * 2 * 3, keys.size(), "regimes x seeds x folds");
        assertEquals(new EvaluationRunner.RunKey(1, 0, 2), keys.get(8), "regime, then seed, then fold");

        EvaluationReport whole = runner.run(config, JobProgress.NONE, ProgressMonitor.NULL);

        String[] stored = new String[keys.size()];
        for (int i = keys.size() - 1; i >= 0; i--) { // another order than run(), each from scratch
            stored[i] = RunResultJson.write(new EvaluationRunner(Path.of(".")).runOne(config, i, JobProgress.NONE,
                    ProgressMonitor.NULL));
        }
        List<TrainingResult> results = new ArrayList<>();
        for (String s : stored) {
            results.add(RunResultJson.read(s));
        }
        EvaluationReport assembled = runner.assemble(config, results, JobProgress.NONE, ProgressMonitor.NULL);
        assertEquals(withoutTimes(whole), withoutTimes(assembled));

        assertThrows(IllegalArgumentException.class,
                () -> runner.assemble(config, results.subList(1, results.size()), JobProgress.NONE, null));
        // the comparison can fail: swapping two runs' results changes the report
        List<TrainingResult> swapped = new ArrayList<>(results);
        swapped.set(0, results.get(2));
        swapped.set(2, results.get(0));
        assertNotEquals(withoutTimes(whole), withoutTimes(runner.assemble(config, swapped, JobProgress.NONE, null)));
    }

    @Test
    void storedResultsReadBackExactly() throws Exception {
        TrainingResult r = new TrainingResult(new double[][] {{0.1, Double.NaN}, {1e-300, -0.0}},
                new double[][] {{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}}, null, null,
                new double[][] {{0.3333333333333333}}, new boolean[][] {{true, false}}, new double[] {2.718281828459045},
                42, 1.5, new double[] {0.7}, 1, 1);
        TrainingResult back = RunResultJson.read(RunResultJson.write(r));
        for (int i = 0; i < r.testLogits().length; i++) {
            assertArrayEquals(r.testLogits()[i], back.testLogits()[i]);
        }
        assertArrayEquals(r.validationLogits()[0], back.validationLogits()[0]);
        assertEquals(null, back.fgsmProbs4());
        assertArrayEquals(r.epochCorrect()[0], back.epochCorrect()[0]);
        assertArrayEquals(r.epochTrainLoss(), back.epochTrainLoss());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.testLogits()[1][1]));
        assertEquals(r.trainSamples(), back.trainSamples());
        assertEquals(r.bestEpoch(), back.bestEpoch());
        assertEquals(r.epochsRun(), back.epochsRun());
        assertArrayEquals(r.epochValidationNll(), back.epochValidationNll());
        assertThrows(java.io.IOException.class, () -> RunResultJson.read("{\"testLogits\": \"x\"}"));
    }

    /** The report without what measures wall-clock time: when it was made and how long training took. */
    static JsonNode withoutTimes(EvaluationReport report) throws Exception {
        JsonNode tree = JSON.readTree(report.toJson());
        ((ObjectNode) tree).remove("createdAt");
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String timing : Arrays.asList("trainSeconds", "seconds")) {
                o.remove(timing);
            }
        }
        node.forEach(RunSeamTest::strip);
    }
}
