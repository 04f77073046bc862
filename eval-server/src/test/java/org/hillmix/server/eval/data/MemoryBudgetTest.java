package org.hillmix.server.eval.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.JobConfig;
import org.junit.jupiter.api.Test;

/** Issue 8, defect 5: a job that cannot fit in memory is refused when submitted, from an estimate. */
class MemoryBudgetTest {

    private static JobConfig synthetic(int classes, int perClass, int size) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "x",
                 "dataset": {"kind": "synthetic", "classes": %d, "perClass": %d, "imageSize": %d},
                 "regimes": [{"name": "hard"}]}""".formatted(classes, perClass, size));
    }

    @Test
    void estimatesThePixelsAsTheRunnerHoldsThem() {
        // 2 x 1,000,000 images x 128 x 128 pixels x 3 channels x 4 bytes, computed by hand
        assertEquals(2L * 1_000_000 * 128 * 128 * 12, MemoryBudget.imageBytes(synthetic(2, 1_000_000, 128).dataset()));
        assertEquals(10_000L * 32 * 32 * 12, MemoryBudget.imageBytes(new DatasetSpec.SharedCifar10("d", null, null)));
        assertEquals(50L * 32 * 32 * 12, MemoryBudget.imageBytes(new DatasetSpec.SharedCifar10("d", null, 50)));
        assertEquals(0, MemoryBudget.imageBytes(new DatasetSpec.ImageFolder("d", null)));
    }

    @Test
    void refusesAMillionImagesPerClassAt128Pixels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemoryBudget.check(synthetic(2, 1_000_000, 128), MemoryBudget.defaultBudget()));
        assertTrue(e.getMessage().startsWith("dataset.perClass is too large for this server: 2 x 1000000 = 2000000 "
                + "synthetic images of 128 x 128 pixels take about 366.2 GiB"), e.getMessage());
    }

    @Test
    void acceptsWhatFitsAndRefusesOneByteMore() {
        JobConfig small = synthetic(2, 4, 8);
        long bytes = 2L * 4 * 8 * 8 * 12;
        assertDoesNotThrow(() -> MemoryBudget.check(small, bytes));
        assertThrows(IllegalArgumentException.class, () -> MemoryBudget.check(small, bytes - 1));
    }
}
