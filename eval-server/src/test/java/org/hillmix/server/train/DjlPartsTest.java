package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** The small DJL pieces: loss value and gradient, seeded initialisation. */
class DjlPartsTest {

    @Test
    void softTargetCrossEntropyMatchesAHandComputedValueAndGradient() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Row 1: softmax(0, ln 3) = (1/4, 3/4), target (1/2, 1/2): -(ln(1/4) + ln(3/4)) / 2 = 0.8369882.
            // Row 2: softmax(ln 3, 0) = (3/4, 1/4), target (1, 0): -ln(3/4) = 0.2876821.
            NDArray logits = manager.create(new float[] {0, (float) Math.log(3), (float) Math.log(3), 0},
                    new Shape(2, 2));
            NDArray targets = manager.create(new float[] {0.5f, 0.5f, 1, 0}, new Shape(2, 2));
            logits.setRequiresGradient(true);
            float loss;
            try (var collector = manager.getEngine().newGradientCollector()) {
                NDArray value = new SoftTargetCrossEntropyLoss().evaluate(new NDList(targets), new NDList(logits));
                collector.backward(value);
                loss = value.getFloat();
            }
            double expected = (-(Math.log(0.25) + Math.log(0.75)) / 2 - Math.log(0.75)) / 2;
            assertEquals(expected, loss, 1e-6);
            // d loss / d z = (softmax(z) - y) / N: row 1 (-1/4, 1/4)/2, row 2 (-1/4, 1/4)/2.
            assertArrayEquals(new float[] {-0.125f, 0.125f, -0.125f, 0.125f}, logits.getGradient().toFloatArray(),
                    1e-6f);
        }
    }

    @Test
    void heInitialisationIsSeededAndScaledByFanIn() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape shape = new Shape(64, 32, 3, 3);
            float[] a = new SeededHeInitializer(9).initialize(manager, shape, DataType.FLOAT32).toFloatArray();
            float[] b = new SeededHeInitializer(9).initialize(manager, shape, DataType.FLOAT32).toFloatArray();
            float[] c = new SeededHeInitializer(10).initialize(manager, shape, DataType.FLOAT32).toFloatArray();
            assertArrayEquals(a, b);
            assertEquals(false, java.util.Arrays.equals(a, c));
            double sumSq = 0;
            for (float v : a) {
                sumSq += v * v;
            }
            // Var = 2 / fanIn = 2 / (32 * 9); 18432 draws give a relative standard error of about 1 %.
            assertEquals(2.0 / (32 * 9), sumSq / a.length, 0.05 * 2.0 / (32 * 9));
        }
    }
}
