package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Epoch plans and batch assembly (no DJL). */
class BatchAssemblerTest {

    private static final ExampleSet SET = ToyData.random(10, 1, 4, 4, 3, 9);

    private static BatchAssembler assembler(boolean augment, long seed) {
        return new BatchAssembler(SET, BatchRecipe.forRegime(new Regime.Hard(), SET), augment, 4,
                new SplittableRandom(seed));
    }

    @Test
    void anEpochCoversEveryItemOnceWithARemainderBatch() {
        BatchAssembler a = assembler(false, 1);
        assertEquals(3, a.batchesPerEpoch());
        int[] order = a.nextEpochOrder();
        int[] seen = new int[SET.size()];
        int[] sizes = new int[3];
        for (int b = 0; b < 3; b++) {
            int[] items = a.batchItems(order, b);
            sizes[b] = items.length;
            for (int i : items) {
                seen[i]++;
            }
        }
        assertArrayEquals(new int[] {4, 4, 2}, sizes);
        int[] once = new int[SET.size()];
        Arrays.fill(once, 1);
        assertArrayEquals(once, seen);
        // Epochs are reshuffled.
        assertFalse(Arrays.equals(order, a.nextEpochOrder()) && Arrays.equals(order, a.nextEpochOrder()));
    }

    @Test
    void aRemainderOfOneJoinsThePreviousBatch() {
        // 10 items in batches of 3: 3 + 3 + 4 rather than 3 + 3 + 3 + 1.
        BatchAssembler a = new BatchAssembler(SET, BatchRecipe.forRegime(new Regime.Hard(), SET), false, 3,
                new SplittableRandom(0));
        assertEquals(3, a.batchesPerEpoch());
        int[] order = a.nextEpochOrder();
        assertEquals(3, a.batchItems(order, 1).length);
        assertEquals(4, a.batchItems(order, 2).length);
        // A single batch stays as it is, however small.
        BatchAssembler whole = new BatchAssembler(SET, BatchRecipe.forRegime(new Regime.Hard(), SET), false, 64,
                new SplittableRandom(0));
        assertEquals(1, whole.batchesPerEpoch());
        assertEquals(10, whole.batchItems(whole.nextEpochOrder(), 0).length);
    }

    @Test
    void withoutAugmentationImagesAreCopiesOfTheOriginals() {
        TrainingBatch batch = assembler(false, 1).assemble(new int[] {3, 7});
        assertArrayEquals(SET.images()[3], batch.images()[0]);
        assertArrayEquals(SET.images()[7], batch.images()[1]);
        assertNotSame(SET.images()[3], batch.images()[0]);
        double[] expected = new double[3];
        expected[SET.labels()[7]] = 1;
        assertArrayEquals(expected, batch.targets()[1], 0);
    }

    @Test
    void theSameSeedGivesTheSameBatchesAndAnotherSeedOthers() {
        BatchAssembler a = assembler(true, 5);
        BatchAssembler b = assembler(true, 5);
        BatchAssembler c = assembler(true, 6);
        int[] orderA = a.nextEpochOrder();
        assertArrayEquals(orderA, b.nextEpochOrder());
        assertFalse(Arrays.equals(orderA, c.nextEpochOrder()));
        TrainingBatch ba = a.assemble(a.batchItems(orderA, 0));
        TrainingBatch bb = b.assemble(b.batchItems(orderA, 0));
        for (int i = 0; i < ba.size(); i++) {
            assertArrayEquals(ba.images()[i], bb.images()[i]);
        }
    }
}
