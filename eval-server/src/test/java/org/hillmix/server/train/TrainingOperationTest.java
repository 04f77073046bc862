package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.metrics.Softmax;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.djl.ndarray.NDManager;

/** End-to-end runs of the DJL training engine on small synthetic data (seconds each on 2 cores). */
class TrainingOperationTest {

    private static TrainingSpec spec(String model, int epochs, String optimizer, double lr, boolean augment,
            long seed) {
        return new TrainingSpec(model, epochs, 32, optimizer, lr, 0.9, 5e-4, "cosine", augment, seed);
    }

    private static TrainingResult run(ExampleSet train, ExampleSet test, Regime regime, TrainingSpec spec,
            boolean fgsm) {
        return new TrainingOperation().run(train, null, test, regime, spec, fgsm, null, null);
    }

    @Test
    void mlpLearnsALinearlySeparableProblem() {
        ExampleSet train = ToyData.patterns(400, 3, 8, 8, 4, 0.1, 0.2, 1, 2);
        ExampleSet test = ToyData.patterns(200, 3, 8, 8, 4, 0.1, 0.2, 1, 3);
        TrainingResult result = run(train, test, new Regime.Hard(), spec("mlp", 8, "adam", 0.003, false, 0), false);
        double accuracy = ToyData.accuracy(result.testLogits(), test.labels());
        assertTrue(accuracy > 0.9, "test accuracy " + accuracy);
        double[] loss = result.epochTrainLoss();
        assertTrue(loss[loss.length - 1] < 0.5 * loss[0], "loss should fall: " + java.util.Arrays.toString(loss));
    }

    @Test
    void smallCnnLearnsAColourProblem() {
        ExampleSet train = ToyData.colours(128, 12, 0.2, 4);
        ExampleSet test = ToyData.colours(64, 12, 0.2, 5);
        // Batches of 16: 40 steps in all, enough for the batch-norm running statistics used at test time.
        TrainingSpec spec = new TrainingSpec("small-cnn", 5, 16, "sgd", 0.05, 0.9, 5e-4, "cosine", true, 0);
        TrainingResult result = run(train, test, new Regime.Hard(), spec, false);
        double accuracy = ToyData.accuracy(result.testLogits(), test.labels());
        assertTrue(accuracy > 0.9, "test accuracy " + accuracy);
        // Cartography at the last epoch agrees: most train items are classified correctly.
        boolean[] last = result.epochCorrect()[4];
        int correct = 0;
        for (boolean c : last) {
            correct += c ? 1 : 0;
        }
        assertTrue(correct > 0.9 * last.length, correct + " of " + last.length);
    }

    @Test
    void fgsmLowersAccuracyOfATrainedModel() {
        // A harder problem (signal 0.05) so that a budget of a few grey levels can flip decisions.
        ExampleSet train = ToyData.patterns(400, 3, 8, 8, 4, 0.05, 0.2, 1, 2);
        ExampleSet test = ToyData.patterns(200, 3, 8, 8, 4, 0.05, 0.2, 1, 3);
        TrainingResult result = run(train, test, new Regime.Hard(), spec("mlp", 8, "adam", 0.003, false, 0), true);
        double clean = ToyData.accuracy(result.testLogits(), test.labels());
        double eps4 = ToyData.accuracy(result.fgsmProbs4(), test.labels());
        double eps8 = ToyData.accuracy(result.fgsmProbs8(), test.labels());
        assertTrue(clean > 0.7, "clean accuracy " + clean);
        assertTrue(eps4 < clean && eps8 < eps4 && eps8 < clean - 0.2,
                "clean " + clean + ", eps 4/255 " + eps4 + ", eps 8/255 " + eps8);
        // The attack lowers the probability of the true class on average.
        double cleanTrue = 0;
        double advTrue = 0;
        for (int i = 0; i < test.size(); i++) {
            cleanTrue += Softmax.ofRow(result.testLogits()[i])[test.labels()[i]];
            advTrue += result.fgsmProbs8()[i][test.labels()[i]];
            assertEquals(1.0, java.util.Arrays.stream(result.fgsmProbs8()[i]).sum(), 1e-9);
        }
        assertTrue(advTrue < cleanTrue, "mean true-class probability " + cleanTrue / test.size() + " -> "
                + advTrue / test.size());
    }

    @Test
    void theSameSeedGivesIdenticalRunsAndAnotherSeedDiffers() {
        ExampleSet train = ToyData.colours(48, 8, 0.2, 4);
        ExampleSet test = ToyData.colours(16, 8, 0.2, 5);
        Regime regime = new Regime.Mixup(0.4);
        TrainingResult a = run(train, test, regime, spec("small-cnn", 2, "sgd", 0.05, true, 3), false);
        TrainingResult b = run(train, test, regime, spec("small-cnn", 2, "sgd", 0.05, true, 3), false);
        TrainingResult c = run(train, test, regime, spec("small-cnn", 2, "sgd", 0.05, true, 4), false);
        for (int e = 0; e < 2; e++) {
            assertEquals(a.epochTrainLoss()[e], b.epochTrainLoss()[e], 1e-6, "epoch " + e);
        }
        double maxDiffSame = 0;
        double maxDiffOther = 0;
        for (int i = 0; i < test.size(); i++) {
            for (int k = 0; k < 4; k++) {
                maxDiffSame = Math.max(maxDiffSame, Math.abs(a.testLogits()[i][k] - b.testLogits()[i][k]));
                maxDiffOther = Math.max(maxDiffOther, Math.abs(a.testLogits()[i][k] - c.testLogits()[i][k]));
            }
        }
        assertTrue(maxDiffSame <= 1e-6, "same seed, logits differ by " + maxDiffSame);
        assertTrue(maxDiffOther > 1e-3, "other seed, logits differ by only " + maxDiffOther);
        assertTrue(Math.abs(a.epochTrainLoss()[0] - c.epochTrainLoss()[0]) > 1e-6, "other seed, same loss");
    }

    @Test
    void aRunOnAWorkerThreadEqualsTheSameRunOnThisThread() throws Exception {
        // The server trains on worker threads; PyTorch's autograd mode is per thread.
        ExampleSet train = ToyData.colours(48, 8, 0.2, 4);
        ExampleSet test = ToyData.colours(16, 8, 0.2, 5);
        TrainingSpec spec = spec("small-resnet", 1, "sgd", 0.05, true, 8);
        TrainingResult here = run(train, test, new Regime.LabelSmoothing(0.1), spec, true);
        TrainingResult[] there = new TrainingResult[1];
        Thread worker = new Thread(() -> there[0] = run(train, test, new Regime.LabelSmoothing(0.1), spec, true));
        worker.start();
        worker.join();
        assertEquals(here.epochTrainLoss()[0], there[0].epochTrainLoss()[0], 1e-6);
        for (int i = 0; i < test.size(); i++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(here.testLogits()[i][k], there[0].testLogits()[i][k], 1e-6);
                assertEquals(here.fgsmProbs8()[i][k], there[0].fgsmProbs8()[i][k], 1e-6);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hard", "human-soft-mean", "human-soft-sample", "votes", "label-smoothing", "mixup",
        "human-mixup"})
    void everyRegimeTrainsOneEpoch(String name) {
        ExampleSet train = ToyData.colours(40, 8, 0.2, 4);
        Regime regime = regime(name, train);
        TrainingResult result = run(train, null, regime, spec("small-cnn", 1, "sgd", 0.05, true, 1), false);
        double loss = result.epochTrainLoss()[0];
        // Soft-target cross-entropy is finite and positive for any target with mass on 2+ classes
        // or untrained logits; with K = 4 an untrained net is near ln 4 = 1.386.
        assertTrue(Double.isFinite(loss) && loss > 0 && loss < 10, name + ": loss " + loss);
        assertEquals(40, result.trainSamples());
    }

    private static Regime regime(String name, ExampleSet train) {
        int n = train.size();
        return switch (name) {
            case "hard" -> new Regime.Hard();
            case "human-soft-mean", "human-soft-sample" -> {
                double[][][] annotators = new double[n][][];
                for (int i = 0; i < n; i++) {
                    double[] own = SoftTargets.oneHot(train.labels()[i], 4);
                    double[] confused = SoftTargets.oneHot((train.labels()[i] + 1) % 4, 4);
                    // Every fifth item has no annotators and falls back to its hard label.
                    annotators[i] = i % 5 == 0 ? new double[0][] : new double[][] {own, own, confused};
                }
                yield new Regime.HumanSoft(annotators, name.endsWith("sample"));
            }
            case "votes" -> {
                double[][] votes = new double[n][4];
                for (int i = 0; i < n; i++) {
                    votes[i][train.labels()[i]] = 40;
                    votes[i][(train.labels()[i] + 2) % 4] = 10;
                }
                yield new Regime.Votes(votes);
            }
            case "label-smoothing" -> new Regime.LabelSmoothing(0.1);
            case "mixup" -> new Regime.Mixup(0.2);
            case "human-mixup" -> new Regime.HumanMixup(0.2, (lambda, c1, c2) -> Math.sqrt(lambda),
                    (i1, i2, lambda) -> i1 % 7 == 0 ? new double[] {1, 1, 1, 1} : null);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-cnn", "small-resnet", "mlp"})
    void resultArraysHaveTheDocumentedShapes(String model) {
        ExampleSet train = ToyData.colours(37, 8, 0.2, 4);
        ExampleSet validation = ToyData.colours(11, 8, 0.2, 5);
        ExampleSet test = ToyData.colours(13, 8, 0.2, 6);
        TrainingSpec spec = new TrainingSpec(model, 2, 16, "adam", 0.001, 0, 0, "step", true, 0);
        TrainingResult r = new TrainingOperation().run(train, validation, test, new Regime.Hard(), spec, true, null,
                null);
        assertShape(r.testLogits(), 13, 4);
        assertShape(r.validationLogits(), 11, 4);
        assertShape(r.fgsmProbs4(), 13, 4);
        assertShape(r.fgsmProbs8(), 13, 4);
        assertShape(r.epochTargetConfidence(), 2, 37);
        assertEquals(2, r.epochCorrect().length);
        assertEquals(37, r.epochCorrect()[1].length);
        assertEquals(2, r.epochTrainLoss().length);
        assertEquals(2 * 37, r.trainSamples());
        assertTrue(r.trainSeconds() > 0);
        for (double[] row : r.epochTargetConfidence()) {
            for (double p : row) {
                assertTrue(p >= 0 && p <= 1, "confidence " + p);
            }
        }
    }

    @Test
    void aSingleLeftoverExampleDoesNotReachBatchNormAlone() {
        // 4x4 images reach the last small-cnn convolution at 1x1, where batch norm cannot train on
        // one example; 33 items in batches of 32 must therefore run as one batch of 33.
        ExampleSet train = ToyData.colours(33, 4, 0.2, 4);
        TrainingSpec spec = new TrainingSpec("small-cnn", 1, 32, "sgd", 0.05, 0.9, 0, "constant", false, 0);
        List<String> events = new ArrayList<>();
        TrainingResult r = new TrainingOperation().run(train, null, null, new Regime.Hard(), spec, false,
                (phase, epoch, epochs, step, steps) -> events.add(phase + " " + step + "/" + steps), null);
        assertEquals(33, r.trainSamples());
        assertEquals(List.of("train 1/1", "cartography 1/1"), events);
    }

    @Test
    void withoutFgsmOrValidationTheirFieldsAreNullOrEmpty() {
        ExampleSet train = ToyData.colours(20, 8, 0.2, 4);
        TrainingResult r = run(train, null, new Regime.Hard(), spec("mlp", 1, "sgd", 0.01, false, 0), false);
        assertNull(r.fgsmProbs4());
        assertNull(r.fgsmProbs8());
        assertEquals(0, r.validationLogits().length);
        assertEquals(0, r.testLogits().length);
    }

    private static void assertShape(double[][] array, int rows, int columns) {
        assertEquals(rows, array.length);
        for (double[] row : array) {
            assertEquals(columns, row.length);
        }
    }

    @Test
    void progressReachesTheListenerAndTheMonitorAddsUpToItsTotal() {
        ExampleSet train = ToyData.colours(40, 8, 0.2, 4);
        ExampleSet validation = ToyData.colours(300, 8, 0.2, 6);
        ExampleSet test = ToyData.colours(8, 8, 0.2, 5);
        int arraysBefore = systemArrayCount();
        List<String> events = new ArrayList<>();
        long[] totals = new long[2];
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                totals[0] = totalWork;
            }

            @Override
            public void worked(long units) {
                totals[1] += units;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new TrainingOperation().run(train, validation, test, new Regime.Hard(), spec("mlp", 2, "sgd", 0.01, false, 0),
                true,
                (phase, epoch, epochs, step, steps) -> events.add(phase + " " + epoch + "/" + epochs + " " + step + "/"
                        + steps),
                monitor);
        // 40 items in batches of 32: 2 steps per epoch; scoring batches of 256: 1 per pass over the
        // train and test sets, 2 for the 300 validation items (evaluated before the test set).
        assertEquals(List.of("train 1/2 1/2", "train 1/2 2/2", "cartography 1/2 1/1", "train 2/2 1/2",
                "train 2/2 2/2", "cartography 2/2 1/1", "evaluate 2/2 1/3", "evaluate 2/2 2/3", "evaluate 2/2 3/3",
                "fgsm 2/2 1/1"), events);
        // 4 steps + 2 cartography + 2 validation + 1 test + 1 fgsm.
        assertEquals(10, totals[0]);
        assertEquals(totals[0], totals[1]);
        assertEquals(arraysBefore, systemArrayCount(), "arrays left behind by a complete run");
    }

    @Test
    void cancellingStopsTrainingAndReleasesEveryResource() {
        ExampleSet train = ToyData.colours(96, 8, 0.2, 4);
        int arraysBefore = systemArrayCount();
        ProgressMonitor cancelAfterThreeSteps = new ProgressMonitor() {
            private long done;

            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                done += units;
            }

            @Override
            public boolean isCancelled() {
                return done >= 3;
            }
        };
        TrainingSpec spec = spec("small-cnn", 5, "sgd", 0.05, true, 0);
        assertThrows(OperationCancelledException.class, () -> new TrainingOperation().run(train, null, null,
                new Regime.Hard(), spec, false, null, cancelAfterThreeSteps));
        assertEquals(arraysBefore, systemArrayCount(), "arrays left behind by the cancelled run");
        // The gradient collector was closed too: another run in the same JVM works.
        TrainingResult again = run(train, null, new Regime.Hard(), spec("mlp", 1, "sgd", 0.05, false, 0), false);
        assertEquals(96, again.trainSamples());
    }

    private static int systemArrayCount() {
        try (NDManager probe = NDManager.newBaseManager()) {
            return probe.getParentManager().getManagedArrays().size();
        }
    }

    @Test
    void mismatchedInputsAreRejectedBeforeTraining() {
        ExampleSet train = ToyData.colours(20, 8, 0.2, 4);
        ExampleSet otherSize = ToyData.colours(5, 12, 0.2, 4);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> new TrainingOperation()
                .run(train, null, otherSize, new Regime.Hard(), spec("mlp", 1, "sgd", 0.1, false, 0), false, null,
                        null));
        assertTrue(shape.getMessage().contains("test set has shape 3x12x12"), shape.getMessage());
        IllegalArgumentException votes = assertThrows(IllegalArgumentException.class, () -> run(train, null,
                new Regime.Votes(new double[3][4]), spec("mlp", 1, "sgd", 0.1, false, 0), false));
        assertTrue(votes.getMessage().contains("votes"), votes.getMessage());
        ExampleSet tiny = ToyData.colours(4, 3, 0.2, 4);
        assertThrows(IllegalArgumentException.class,
                () -> run(tiny, null, new Regime.Hard(), spec("small-cnn", 1, "sgd", 0.1, false, 0), false));
    }
}
