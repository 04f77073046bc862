package org.hillmix.server.train;

/** Softmax and arg-max on logits in double precision. Pure Java. */
final class Probabilities {

    private Probabilities() {
    }

    /** {@code softmax(z)_k = exp(z_k - max z) / sum_j exp(z_j - max z)} (shifted for stability). */
    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** {@code log softmax(z)_k = z_k - max z - log sum_j exp(z_j - max z)}. */
    static double[] logSoftmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (double z : logits) {
            sum += Math.exp(z - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[logits.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = logits[k] - log;
        }
        return out;
    }

    /** Index of the largest value; the lowest index wins ties. */
    static int argMax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
