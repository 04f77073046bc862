package org.hillmix.core.labels;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Control targets that separate what human soft labels add from what any soft label adds. Each takes an item's
 * human distribution {@code h} over {@code K} classes and its hard label {@code y}:
 * <ul>
 * <li>{@link #modeAligned} ({@code human-soft-mode-aligned}): {@code h} with the entries of its arg-max class and
 * of {@code y} swapped, so the mode is the hard label and the amount and shape of the uncertainty are the
 * human one. It removes "label mode shifts" (soft labels whose arg-max differs from the hard label).</li>
 * <li>{@link #entropyMatched} ({@code entropy-matched}): the label smoothing of {@code y},
 * {@code (1 - s) onehot(y) + s / K}, whose entropy equals {@code H(h)}: the amount of uncertainty without its
 * human structure.</li>
 * <li>{@link #randomSoft} ({@code random-soft}): the values of {@code h} sorted in decreasing order, the largest
 * put on {@code y} and the others on the remaining classes in a random order: the human amount and profile of
 * uncertainty on random classes (the {@code random} control of the soft-label study code).</li>
 * </ul>
 * Entropies are in nats ({@code 0 ln 0 = 0}). Inputs are not modified.
 */
public final class ControlLabels {

    /** How close the entropy of {@link #entropyMatched} must come to its target. */
    public static final double ENTROPY_TOLERANCE = 1e-12;

    private ControlLabels() {
    }

    /**
     * {@code h} with the entries of its arg-max class (the lowest index among equal largest values) and of
     * {@code y} swapped. When {@code h_y} already equals the largest value, {@code h} is returned unchanged (as a
     * copy): {@code y} is already a mode.
     *
     * @throws IllegalArgumentException when {@code h} is not a distribution or {@code y} not a class
     */
    public static double[] modeAligned(double[] h, int y) {
        check(h, y);
        double[] out = h.clone();
        int top = 0;
        for (int c = 1; c < h.length; c++) {
            if (h[c] > h[top]) {
                top = c;
            }
        }
        if (h[y] < h[top]) {
            out[top] = h[y];
            out[y] = h[top];
        }
        return out;
    }

    /**
     * The label smoothing of {@code y} over {@code classes} classes whose entropy equals {@code entropy}
     * (see {@link #smoothingForEntropy}).
     *
     * @throws IllegalArgumentException when {@code y} is not a class or {@code entropy} is outside
     *         {@code [0, ln K]}
     */
    public static double[] entropyMatched(int y, int classes, double entropy) {
        return LabelSmoothing.smooth(y, classes, smoothingForEntropy(classes, entropy));
    }

    /** {@link #entropyMatched(int, int, double)} with the entropy of {@code h}. */
    public static double[] entropyMatched(double[] h, int y) {
        check(h, y);
        return entropyMatched(y, h.length, Math.min(entropy(h), Math.log(h.length)));
    }

    /**
     * The smoothing factor {@code s} in {@code [0, 1]} for which {@code (1 - s) onehot + s / K} has entropy
     * {@code entropy}. That entropy, {@code -a ln a - (K - 1) b ln b} with {@code b = s / K} and
     * {@code a = 1 - (K - 1) b}, rises strictly from 0 at {@code s = 0} to {@code ln K} at {@code s = 1}
     * ({@code dH/db = (K - 1) ln(a / b) > 0} while {@code a > b}), so the root is unique; bisection on {@code s}
     * runs until the interval cannot shrink, and the result's entropy is within {@link #ENTROPY_TOLERANCE} of the
     * target.
     *
     * @throws IllegalArgumentException when {@code classes < 2} or {@code entropy} is outside {@code [0, ln K]}
     *         (NaN included); a value above {@code ln K} by no more than 1e-12 counts as {@code ln K}
     * @throws IllegalStateException when the tolerance is not reached (not expected for valid input)
     */
    public static double smoothingForEntropy(int classes, double entropy) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + classes);
        }
        double max = Math.log(classes);
        if (!(entropy >= 0 && entropy <= max + ENTROPY_TOLERANCE)) {
            throw new IllegalArgumentException("entropy " + entropy + " is outside [0, ln " + classes + " = " + max
                    + "], the range of distributions over " + classes + " classes");
        }
        if (entropy == 0) {
            return 0;
        }
        if (entropy >= max) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (smoothedEntropy(classes, mid) < entropy) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double best = Math.abs(smoothedEntropy(classes, lo) - entropy) <= Math.abs(smoothedEntropy(classes, hi)
                - entropy) ? lo : hi;
        double reached = entropy(LabelSmoothing.smooth(0, classes, best));
        if (!(Math.abs(reached - entropy) <= ENTROPY_TOLERANCE)) {
            throw new IllegalStateException("label smoothing reached entropy " + reached + " for target " + entropy
                    + " (" + classes + " classes)");
        }
        return best;
    }

    /** The entropy of {@code (1 - s) onehot + s / K}, computed as {@link #entropy} of that distribution does. */
    private static double smoothedEntropy(int classes, double s) {
        return entropy(LabelSmoothing.smooth(0, classes, s));
    }

    /**
     * The values of {@code h} in decreasing order, the largest on {@code y} and the others on the other classes in
     * an order drawn uniformly from {@code rng} (a Fisher-Yates shuffle of the other classes in index order).
     *
     * @throws IllegalArgumentException when {@code h} is not a distribution or {@code y} not a class
     */
    public static double[] randomSoft(double[] h, int y, SplittableRandom rng) {
        check(h, y);
        Objects.requireNonNull(rng, "rng");
        int k = h.length;
        double[] values = h.clone();
        Arrays.sort(values); // ascending; the largest is values[k - 1]
        int[] others = new int[k - 1];
        for (int c = 0, j = 0; c < k; c++) {
            if (c != y) {
                others[j++] = c;
            }
        }
        for (int j = others.length - 1; j > 0; j--) {
            int pick = rng.nextInt(j + 1);
            int t = others[j];
            others[j] = others[pick];
            others[pick] = t;
        }
        double[] out = new double[k];
        out[y] = values[k - 1];
        for (int j = 0; j < others.length; j++) {
            out[others[j]] = values[k - 2 - j];
        }
        return out;
    }

    /** The entropy {@code -sum_c p_c ln p_c} in nats, {@code 0 ln 0 = 0}. */
    public static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }

    private static void check(double[] h, int y) {
        Objects.requireNonNull(h, "h");
        if (h.length < 2) {
            throw new IllegalArgumentException("a distribution needs at least 2 classes, got " + h.length);
        }
        if (y < 0 || y >= h.length) {
            throw new IllegalArgumentException("hard label " + y + " is outside 0.." + (h.length - 1));
        }
        double sum = 0;
        for (int c = 0; c < h.length; c++) {
            if (!(h[c] >= 0) || Double.isInfinite(h[c])) {
                throw new IllegalArgumentException("human distribution, class " + c + " is " + h[c]
                        + "; values must be finite and >= 0");
            }
            sum += h[c];
        }
        if (!(Math.abs(sum - 1) <= 1e-6)) {
            throw new IllegalArgumentException("human distribution sums to " + sum + "; it must sum to 1 within 1e-6");
        }
    }
}
