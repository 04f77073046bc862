package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks in the contract records (no DJL). */
class ContractValidationTest {

    private static TrainingSpec spec(String model, String optimizer, String schedule) {
        return new TrainingSpec(model, 1, 8, optimizer, 0.1, 0.9, 0, schedule, false, 0);
    }

    @Test
    void exampleSetRejectsWrongImageLengthAndLabelsNamingTheImage() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> new ExampleSet(1, 2, 2, new float[][] {new float[4], new float[3]}, new int[] {0, 1}, 2));
        assertTrue(length.getMessage().contains("image 1 has 3 values, expected 4"), length.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                () -> new ExampleSet(1, 2, 2, new float[][] {new float[4]}, new int[] {2}, 2));
        assertTrue(label.getMessage().contains("label of image 0 is 2"), label.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ExampleSet(1, 2, 2, new float[][] {new float[4]}, new int[0], 2));
        assertThrows(IllegalArgumentException.class, () -> new ExampleSet(1, 2, 2, new float[0][], new int[0], 1));
    }

    @Test
    void exampleSetReportsItsSize() {
        ExampleSet set = new ExampleSet(3, 2, 2, new float[][] {new float[12], new float[12]}, new int[] {0, 1}, 2);
        assertEquals(2, set.size());
        assertEquals(12, set.pixelsPerImage());
    }

    @Test
    void trainingSpecRejectsUnknownNamesAndRanges() {
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> spec("resnet50", "sgd", "constant"));
        assertTrue(model.getMessage().contains("resnet50") && model.getMessage().contains("small-cnn"),
                model.getMessage());
        assertThrows(IllegalArgumentException.class, () -> spec("mlp", "rmsprop", "constant"));
        assertThrows(IllegalArgumentException.class, () -> spec("mlp", "sgd", "linear"));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec("mlp", 0, 8, "sgd", 0.1, 0.9, 0, "constant", false, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec("mlp", 1, 8, "sgd", -0.1, 0.9, 0, "constant", false, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec("mlp", 1, 8, "sgd", 0.1, 1.0, 0, "constant", false, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec("mlp", 1, 8, "sgd", 0.1, 0.9, -1e-4, "constant", false, 0));
        assertEquals(7, spec("mlp", "adam", "cosine").withSeed(7).seed());
    }

    @Test
    void regimesCheckTheirParametersAndHaveStableIds() {
        assertThrows(IllegalArgumentException.class, () -> new Regime.LabelSmoothing(1.5));
        assertThrows(IllegalArgumentException.class, () -> new Regime.Mixup(0));
        assertThrows(IllegalArgumentException.class, () -> new Regime.HumanMixup(0.2, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Regime.Votes(null));
        assertThrows(IllegalArgumentException.class, () -> new Regime.HumanSoft(null, false));
        assertSame(MixedImageLabels.NONE, new Regime.HumanMixup(0.2, PerceptionMap.IDENTITY, null).judgedLabels());
        assertEquals("hard", new Regime.Hard().id());
        assertEquals("human-soft", new Regime.HumanSoft(new double[0][][], true).id());
        assertEquals("votes", new Regime.Votes(new double[0][]).id());
        assertEquals("label-smoothing", new Regime.LabelSmoothing(0.1).id());
        assertEquals("mixup", new Regime.Mixup(0.2).id());
        assertEquals("human-mixup", new Regime.HumanMixup(0.2, PerceptionMap.IDENTITY, null).id());
    }
}
