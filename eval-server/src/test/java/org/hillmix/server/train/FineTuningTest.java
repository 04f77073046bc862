package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/**
 * Fine-tuning from a DJL parameter file or a TorchScript file (docs/training.md, "Fine-tuning"). The TorchScript
 * fixture and its expected outputs were made once by {@code make_torchscript_fixture.py} beside them.
 */
class FineTuningTest {

    @TempDir
    Path dir;

    private static final ExampleSet TRAIN = ToyData.colours(48, 8, 0.3, 4);
    private static final ExampleSet VALIDATION = ToyData.colours(32, 8, 0.3, 5);

    private static TrainingSpec spec(String model, int epochs, double lr, long seed) {
        return new TrainingSpec(model, epochs, 16, "sgd", lr, 0.9, 0, "constant", false, seed);
    }

    private static TrainingResult run(TrainingSpec spec, ExampleSet train, ExampleSet validation, ExampleSet test) {
        return new TrainingOperation().run(train, validation, test, new Regime.Hard(), spec, false, null, null);
    }

    /** Trains a small-cnn for 3 epochs and saves it; returns its result. */
    private TrainingResult pretrained(Path file) {
        return run(spec("small-cnn", 3, 0.05, 7).withSaveTo(file), TRAIN, VALIDATION, null);
    }

    @Test
    void aFineTunedRunStartsFromTheGivenDjlWeights() {
        Path file = dir.resolve("pre.params");
        TrainingResult source = pretrained(file);
        double sourceNll = EarlyStoppingTest.nll(source.validationLogits(), VALIDATION.labels());
        StartWeights start = new StartWeights(file, StartWeights.Format.DJL, false);
        TrainingSpec fineTune = spec("small-cnn", 1, 0.01, 3).withStart(start).withEarlyStopping(new EarlyStopping(1));
        TrainingResult tuned = run(fineTune, TRAIN, VALIDATION, null);
        TrainingResult scratch = run(fineTune.withStart(null), TRAIN, VALIDATION, null);
        // Epoch 0 is measured before the first step: the loaded weights give the saved model's NLL exactly.
        assertEquals(sourceNll, tuned.epochValidationNll()[0], 1e-5);
        assertTrue(Math.abs(scratch.epochValidationNll()[0] - sourceNll) > 0.05,
                "scratch " + scratch.epochValidationNll()[0] + " vs saved " + sourceNll);
    }

    @Test
    void whenFineTuningOnlyMakesThingsWorseTheGivenWeightsAreRestored() {
        Path file = dir.resolve("pre.params");
        TrainingResult source = pretrained(file);
        // A learning rate of 5 wrecks the model in one epoch; early stopping returns to epoch 0.
        TrainingSpec wreck = spec("small-cnn", 3, 5.0, 3)
                .withStart(new StartWeights(file, StartWeights.Format.DJL, false))
                .withEarlyStopping(new EarlyStopping(1));
        TrainingResult r = run(wreck, TRAIN, VALIDATION, null);
        assertEquals(0, r.bestEpoch(), java.util.Arrays.toString(r.epochValidationNll()));
        for (int i = 0; i < VALIDATION.size(); i++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(source.validationLogits()[i][k], r.validationLogits()[i][k], 1e-4);
            }
        }
    }

    @Test
    void lastLayerOnlyChangesTheLastLayerAndNothingElse() throws Exception {
        Path file = dir.resolve("pre.params");
        pretrained(file);
        Path after = dir.resolve("after.params");
        TrainingSpec tune = spec("small-cnn", 2, 0.05, 3)
                .withStart(new StartWeights(file, StartWeights.Format.DJL, true)).withSaveTo(after);
        run(tune, TRAIN, VALIDATION, null);
        Map<String, float[]> before = trainableWeights(file);
        Map<String, float[]> tuned = trainableWeights(after);
        assertEquals(before.keySet(), tuned.keySet());
        List<String> names = List.copyOf(before.keySet());
        String lastPrefix = names.get(names.size() - 1).substring(0, names.get(names.size() - 1).lastIndexOf('_'));
        int changed = 0;
        for (String name : names) {
            boolean same = java.util.Arrays.equals(before.get(name), tuned.get(name));
            if (name.startsWith(lastPrefix)) {
                assertTrue(!same, name + " of the last layer did not change");
                changed++;
            } else {
                assertTrue(same, name + " changed although only the last layer trains");
            }
        }
        assertEquals(2, changed, "weight and bias of the last linear layer: " + names);
    }

    /** The weights and biases (not batch-norm running statistics) of a saved small-cnn, by name. */
    private static Map<String, float[]> trainableWeights(Path file) throws IOException, MalformedModelException {
        Map<String, float[]> out = new LinkedHashMap<>();
        try (Model model = Model.newInstance("read")) {
            Block block = ModelFactory.build("small-cnn", 3, 8, 8, 4);
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 8, 8));
            try (InputStream in = Files.newInputStream(file)) {
                model.load(in);
            }
            for (Pair<String, Parameter> p : block.getParameters()) {
                Parameter.Type type = p.getValue().getType();
                if (type != Parameter.Type.RUNNING_MEAN && type != Parameter.Type.RUNNING_VAR) {
                    out.put(p.getKey(), p.getValue().getArray().toFloatArray());
                }
            }
        }
        return out;
    }

    @Test
    void aCheckpointOfAnotherModelClassCountOrFormatIsRefusedByName() throws IOException {
        Path resnet = dir.resolve("resnet.params");
        run(new TrainingSpec("small-resnet", 1, 16, "sgd", 0.05, 0.9, 0, "constant", false, 1).withSaveTo(resnet),
                TRAIN, null, null);
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class, () -> run(
                spec("small-cnn", 1, 0.05, 1).withStart(new StartWeights(resnet, StartWeights.Format.DJL, false)),
                TRAIN, null, null));
        assertTrue(model.getMessage().startsWith("model.file: " + resnet + " holds weights of small-resnet, but the "
                + "job trains small-cnn"), model.getMessage());

        Path five = dir.resolve("five.params");
        ExampleSet fiveClasses = ToyData.patterns(40, 3, 8, 8, 5, 0.2, 0.2, 1, 2);
        run(spec("small-cnn", 1, 0.05, 1).withSaveTo(five), fiveClasses, null, null);
        IllegalArgumentException classes = assertThrows(IllegalArgumentException.class, () -> run(
                spec("small-cnn", 1, 0.05, 1).withStart(new StartWeights(five, StartWeights.Format.DJL, false)),
                TRAIN, null, null));
        assertTrue(classes.getMessage().contains("was trained for 5 classes, but the data have 4"),
                classes.getMessage());

        Path torchScript = fixture("tiny-cnn-4.pt");
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class, () -> run(
                spec("small-cnn", 1, 0.05, 1).withStart(new StartWeights(torchScript, StartWeights.Format.DJL,
                        false)), TRAIN, null, null));
        assertTrue(format.getMessage().contains("is not a DJL parameter file"), format.getMessage());

        Path missing = dir.resolve("nothing-here.params");
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> run(
                spec("small-cnn", 1, 0.05, 1).withStart(new StartWeights(missing, StartWeights.Format.DJL, false)),
                TRAIN, null, null));
        assertTrue(absent.getMessage().equals("model.file: " + missing + " does not exist or is not a file"),
                absent.getMessage());
    }

    @Test
    void aTorchScriptModuleIsTheStartingModel() throws IOException {
        // The fixture has no batch norm, so a step of 1e-9 leaves its outputs as PyTorch computed them.
        ExampleSet probe = probe();
        TrainingSpec spec = spec("small-cnn", 1, 1e-9, 1)
                .withStart(new StartWeights(fixture("tiny-cnn-4.pt"), StartWeights.Format.TORCHSCRIPT, false));
        TrainingResult r = run(spec, TRAIN, null, probe);
        double[][] expected = expectedProbeLogits();
        for (int n = 0; n < 2; n++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[n][k], r.testLogits()[n][k], 1e-5, "image " + n + ", class " + k);
            }
        }
        // And it trains: a real learning rate moves the outputs.
        TrainingResult moved = run(new TrainingSpec("small-cnn", 3, 16, "sgd", 0.1, 0.9, 0, "constant", false, 1)
                .withStart(spec.start()), TRAIN, null, probe);
        assertTrue(Math.abs(moved.testLogits()[0][0] - expected[0][0]) > 1e-3, "training did not move the module");
    }

    @Test
    void earlyStoppingRestoresATorchScriptModule() throws IOException {
        TrainingSpec wreck = new TrainingSpec("small-cnn", 3, 16, "sgd", 20.0, 0.9, 0, "constant", false, 1)
                .withStart(new StartWeights(fixture("tiny-cnn-4.pt"), StartWeights.Format.TORCHSCRIPT, false))
                .withEarlyStopping(new EarlyStopping(1));
        TrainingResult r = run(wreck, TRAIN, VALIDATION, probe());
        assertEquals(0, r.bestEpoch(), java.util.Arrays.toString(r.epochValidationNll()));
        double[][] expected = expectedProbeLogits();
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[1][k], r.testLogits()[1][k], 1e-5);
        }
    }

    @Test
    void aTorchScriptFileThatDoesNotLoadOrDoesNotFitIsRefusedByName() throws IOException {
        Path junk = dir.resolve("junk.pt");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> run(spec("small-cnn", 1,
                0.05, 1).withStart(new StartWeights(junk, StartWeights.Format.TORCHSCRIPT, false)), TRAIN, null,
                null));
        assertTrue(bad.getMessage().startsWith("model.file: " + junk + " is not a TorchScript module that DJL's "
                + "PyTorch engine can load"), bad.getMessage());

        ExampleSet threeClasses = ToyData.patterns(30, 3, 8, 8, 3, 0.2, 0.2, 1, 2);
        Path fixture = fixture("tiny-cnn-4.pt");
        IllegalArgumentException classes = assertThrows(IllegalArgumentException.class, () -> run(spec("small-cnn",
                1, 0.05, 1).withStart(new StartWeights(fixture, StartWeights.Format.TORCHSCRIPT, false)),
                threeClasses, null, null));
        assertTrue(classes.getMessage().contains("gives outputs of shape (2, 4) for a batch of 2 images; the data "
                + "need (2, 3) logits"), classes.getMessage());

        ExampleSet grey = ToyData.patterns(30, 1, 8, 8, 4, 0.2, 0.2, 1, 2);
        IllegalArgumentException channels = assertThrows(IllegalArgumentException.class, () -> run(spec(
                "small-cnn", 1, 0.05, 1).withStart(new StartWeights(fixture, StartWeights.Format.TORCHSCRIPT, false)),
                grey, null, null));
        assertTrue(channels.getMessage().startsWith("model.file: " + fixture + " cannot run on a batch of 1x8x8 "
                + "images"), channels.getMessage());
    }

    /** The probe batch of the fixture script: x[n, c, h, w] = ((7 n + 5 c + 3 h + w) mod 11) / 10. */
    private static ExampleSet probe() {
        float[][] images = new float[2][3 * 8 * 8];
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                for (int h = 0; h < 8; h++) {
                    for (int w = 0; w < 8; w++) {
                        images[n][(c * 8 + h) * 8 + w] = (float) (((7 * n + 5 * c + 3 * h + w) % 11) / 10.0);
                    }
                }
            }
        }
        return new ExampleSet(3, 8, 8, images, new int[] {0, 1}, 4);
    }

    private static double[][] expectedProbeLogits() throws IOException {
        List<String> lines = Files.readAllLines(fixture("tiny-cnn-4-expected.csv"));
        double[][] out = new double[lines.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
        }
        return out;
    }

    private static Path fixture(String name) {
        try {
            return Path.of(FineTuningTest.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
