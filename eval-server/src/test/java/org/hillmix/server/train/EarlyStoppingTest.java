package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Early stopping on the validation NLL with restore-best (docs/training.md, "Early stopping"). */
class EarlyStoppingTest {

    /** Mean -log softmax(z)[y]: the quantity early stopping watches, computed here independently. */
    static double nll(double[][] logits, int[] labels) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double max = Arrays.stream(logits[i]).max().orElseThrow();
            double z = 0;
            for (double v : logits[i]) {
                z += Math.exp(v - max);
            }
            sum += max + Math.log(z) - logits[i][labels[i]];
        }
        return sum / logits.length;
    }

    /** The colour problem with a fraction of the training labels replaced by random classes, so it overfits. */
    static ExampleSet noisyLabels(ExampleSet clean, double fraction, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] labels = clean.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            if (rng.nextDouble() < fraction) {
                labels[i] = rng.nextInt(clean.numClasses());
            }
        }
        return new ExampleSet(clean.channels(), clean.height(), clean.width(), clean.images(), labels,
                clean.numClasses());
    }

    /** Settings under which each model first learns, then overfits the noisy labels (found by trying). */
    @ParameterizedTest
    @CsvSource({"mlp, 48, 16, adam, 0.01", "small-cnn, 96, 8, sgd, 0.003"})
    void stopsAfterPatienceEpochsWithoutImprovementAndRestoresTheBestEpoch(String model, int n, int batch,
            String optimizer, double lr) {
        ExampleSet train = noisyLabels(ToyData.colours(n, 8, 0.35, 4), 0.6, 9);
        ExampleSet validation = ToyData.colours(64, 8, 0.35, 5);
        ExampleSet test = ToyData.colours(32, 8, 0.35, 6);
        int patience = 2;
        TrainingSpec spec = new TrainingSpec(model, 30, batch, optimizer, lr, 0.9, 0, "constant", false, 1)
                .withEarlyStopping(new EarlyStopping(patience));
        TrainingResult r = new TrainingOperation().run(train, validation, test, new Regime.Hard(), spec, false, null,
                null);
        double[] curve = r.epochValidationNll();
        String seen = model + ": best " + r.bestEpoch() + " of " + r.epochsRun() + ", curve " + Arrays.toString(curve);
        // The scenario this test needs: the run improved at first, then got worse and stopped early.
        assertTrue(r.bestEpoch() >= 1 && r.epochsRun() < 30, seen);
        assertEquals(r.bestEpoch() + patience, r.epochsRun(), seen);
        assertEquals(r.epochsRun() + 1, curve.length, seen);
        for (int e = 0; e < curve.length; e++) {
            assertTrue(curve[e] >= curve[r.bestEpoch()], "the best epoch has the lowest NLL; " + seen);
        }
        // Restored: the final validation logits give the best epoch's NLL, not the last epoch's.
        double finalNll = nll(r.validationLogits(), validation.labels());
        assertEquals(curve[r.bestEpoch()], finalNll, 1e-5, seen);
        assertTrue(Math.abs(curve[r.epochsRun()] - finalNll) > 1e-3, "the last epoch is no better; " + seen);
        // Per-epoch records cover the epochs run.
        assertEquals(r.epochsRun(), r.epochTrainLoss().length);
        assertEquals(r.epochsRun(), r.epochTargetConfidence().length);
        assertEquals(r.epochsRun(), r.epochCorrect().length);
        assertEquals((long) r.epochsRun() * train.size(), r.trainSamples());
    }

    @Test
    void withoutEarlyStoppingEveryEpochRunsAndTheLastIsKept() {
        ExampleSet train = ToyData.colours(24, 8, 0.3, 4);
        ExampleSet validation = ToyData.colours(16, 8, 0.3, 5);
        TrainingSpec spec = new TrainingSpec("mlp", 3, 8, "adam", 0.01, 0, 0, "constant", false, 1);
        TrainingResult r = new TrainingOperation().run(train, validation, null, new Regime.Hard(), spec, false, null,
                null);
        assertNull(r.epochValidationNll());
        assertEquals(3, r.epochsRun());
        assertEquals(3, r.bestEpoch());
    }

    @Test
    void theValidationPhaseIsReportedBeforeTrainingAndAfterEachEpoch() {
        ExampleSet train = ToyData.colours(24, 8, 0.3, 4);
        ExampleSet validation = ToyData.colours(16, 8, 0.3, 5);
        // A learning rate this small cannot make things worse quickly: both epochs run.
        TrainingSpec spec = new TrainingSpec("mlp", 2, 24, "sgd", 1e-3, 0.9, 0, "constant", false, 1)
                .withEarlyStopping(new EarlyStopping(5));
        List<String> events = new ArrayList<>();
        TrainingResult r = new TrainingOperation().run(train, validation, null, new Regime.Hard(), spec, false,
                (phase, epoch, epochs, step, steps) -> events.add(phase + " " + epoch + "/" + epochs), null);
        assertEquals(List.of("validate 0/2", "train 1/2", "cartography 1/2", "validate 1/2", "train 2/2",
                "cartography 2/2", "validate 2/2", "evaluate 2/2"), events);
        assertEquals(3, r.epochValidationNll().length);
    }

    @Test
    void earlyStoppingWithoutAValidationSetIsRefused() {
        ExampleSet train = ToyData.colours(24, 8, 0.3, 4);
        TrainingSpec spec = new TrainingSpec("mlp", 2, 8, "adam", 0.01, 0, 0, "constant", false, 1)
                .withEarlyStopping(new EarlyStopping(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrainingOperation()
                .run(train, null, null, new Regime.Hard(), spec, false, null, null));
        assertTrue(e.getMessage().contains("early stopping") && e.getMessage().contains("validation set"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(0));
    }
}
