package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** FGSM perturbation on hand-computed values (no DJL). */
class FgsmTest {

    @Test
    void fgsmStepsEpsAlongTheGradientSignAndClips() {
        float[] x = {0.5f, 0.5f, 0.99f, 0.01f, 0.3f};
        float[] grad = {2.0f, -0.001f, 5f, -1f, 0f};
        float[] adv = Fgsm.perturb(x, grad, 0.02);
        // 0.5 + 0.02, 0.5 - 0.02, min(1, 1.01), max(0, -0.01), unchanged where the gradient is 0.
        assertArrayEquals(new float[] {0.52f, 0.48f, 1f, 0f, 0.3f}, adv, 1e-7f);
        assertEquals(4.0 / 255, Fgsm.EPS_4, 1e-15);
        assertEquals(8.0 / 255, Fgsm.EPS_8, 1e-15);
    }
}
