package org.hillmix.server.train;

/**
 * The fast gradient sign method (Goodfellow et al. 2015) on images in [0, 1]:
 * {@code x_adv = clip(x + eps sign(grad_x CE(f(x), y)), 0, 1)}, with CE the cross-entropy of the
 * hard label. This class holds the pure-Java perturbation; the gradient comes from DJL in
 * {@link TrainingOperation}. Pixels with a zero gradient stay unchanged (sign 0).
 */
final class Fgsm {

    /** The budgets reported in {@link TrainingResult}: 4/255 and 8/255. */
    static final double EPS_4 = 4.0 / 255.0;
    /** See {@link #EPS_4}. */
    static final double EPS_8 = 8.0 / 255.0;

    private Fgsm() {
    }

    /** {@code clip(x + eps sign(grad), 0, 1)} element-wise, computed in double. */
    static float[] perturb(float[] x, float[] grad, double eps) {
        if (x.length != grad.length) {
            throw new IllegalArgumentException("FGSM: " + x.length + " pixels but " + grad.length + " gradients");
        }
        float[] out = new float[x.length];
        for (int p = 0; p < x.length; p++) {
            double v = x[p] + eps * Math.signum(grad[p]);
            out[p] = (float) Math.min(1.0, Math.max(0.0, v));
        }
        return out;
    }
}
