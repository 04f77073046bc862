package org.hillmix.core.metrics;

/**
 * Numerically stable tempered softmax: {@code p_c = exp(z_c/T - m) / sum_j exp(z_j/T - m)} with
 * {@code m = max_j z_j/T}, so that no exponent is positive and nothing overflows; the log-sum-exp
 * {@code lse(z/T) = m + ln sum_j exp(z_j/T - m)}.
 */
public final class Softmax {

    private Softmax() {
    }

    /** Writes {@code softmax(z/T)} of {@code z[off..off+k)} into {@code out[outOff..outOff+k)}. */
    public static void probabilities(double[] z, int off, int k, double temperature, double[] out, int outOff) {
        double inv = 1 / temperature;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, z[off + c] * inv);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(z[off + c] * inv - max);
            out[outOff + c] = e;
            sum += e;
        }
        for (int c = 0; c < k; c++) {
            out[outOff + c] /= sum;
        }
    }

    /** {@code softmax(z)} of one logit row ({@code T = 1}), as a new array. */
    public static double[] ofRow(double[] logits) {
        double[] out = new double[logits.length];
        probabilities(logits, 0, logits.length, 1, out, 0);
        return out;
    }

    /** {@code softmax(z/T)} of each row of a flat row-major logit matrix with {@code k} classes. */
    public static double[] probabilities(double[] logits, int k, double temperature) {
        checkTemperature(temperature);
        if (k < 1 || logits.length % k != 0) {
            throw new IllegalArgumentException("logits has " + logits.length + " values, which is not a multiple of "
                    + k + " classes");
        }
        double[] out = new double[logits.length];
        for (int off = 0; off + k <= logits.length; off += k) {
            probabilities(logits, off, k, temperature, out, off);
        }
        return out;
    }

    /** {@code softmax(z/T)} of each row. */
    public static double[][] probabilities(double[][] logits, double temperature) {
        checkTemperature(temperature);
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = new double[logits[i].length];
            probabilities(logits[i], 0, logits[i].length, temperature, out[i], 0);
        }
        return out;
    }

    /**
     * {@code ln sum_c exp(z_c/T)} of {@code z[off..off+k)}, computed without overflow and, through
     * {@code log1p}, accurately when one class dominates: {@code m + log1p(sum_{c != argmax} exp(z_c/T - m))}.
     */
    public static double logSumExp(double[] z, int off, int k, double temperature) {
        double inv = 1 / temperature;
        int top = TopLabel.argmax(z, off, k);
        double max = z[off + top] * inv;
        double rest = 0;
        for (int c = 0; c < k; c++) {
            if (c != top) {
                rest += Math.exp(z[off + c] * inv - max);
            }
        }
        return max + Math.log1p(rest);
    }

    /**
     * The negative log-likelihood {@code lse(z/T) - z_label/T} of one logit row, exact (no floor),
     * written as {@code (m - z_label/T) + log1p(sum_{c != argmax} exp(z_c/T - m))} so that tiny
     * losses of confident right predictions are not rounded to 0.
     */
    public static double negativeLogLikelihood(double[] z, int off, int k, int label, double temperature) {
        double inv = 1 / temperature;
        int top = TopLabel.argmax(z, off, k);
        double max = z[off + top] * inv;
        double rest = 0;
        for (int c = 0; c < k; c++) {
            if (c != top) {
                rest += Math.exp(z[off + c] * inv - max);
            }
        }
        return (max - z[off + label] * inv) + Math.log1p(rest);
    }

    static void checkTemperature(double temperature) {
        if (!(temperature > 0) || temperature == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("temperature must be finite and > 0, got " + temperature);
        }
    }
}
