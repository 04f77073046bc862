package org.hillmix.core.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks pairs by how much a model's uncertainty and people's disagree on their items.
 *
 * <p>For item {@code i} with model probabilities {@code p_i} and human soft label {@code h_i} over
 * {@code K} classes, the uncertainties are normalised entropies {@code u(p) = H(p) / ln K} in [0, 1]
 * ({@code H(p) = -sum p_k ln p_k}, {@code 0 ln 0 = 0}) and the disagreement is
 * {@code d_i = u(h_i) - u(p_i)}: positive where people are less sure than the model (the model is
 * overconfident there), negative where the model is less sure than people.
 *
 * <p>Pairs: items are taken in order of decreasing {@code |d_i|} (ties by index); each still
 * unpaired item is paired with the next unpaired item of a <b>different class</b> in that order, so
 * every item is used at most once and the pairs mix the items on which model and people disagree
 * most. A pair's score is {@code (|d_i| + |d_j|) / 2}.
 */
public final class DisagreementPairs {

    private DisagreementPairs() {
    }

    /** The normalised entropy {@code H(p) / ln K} of a distribution over {@code K >= 2} classes. */
    public static double normalisedEntropy(double[] p) {
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h / Math.log(p.length);
    }

    /**
     * Each item's disagreement {@code d_i}.
     *
     * @throws IllegalArgumentException when rows differ in number or length, have fewer than 2 classes,
     *             hold negative or non-finite values, or do not sum to 1 within 1e-6
     */
    public static double[] disagreements(double[][] model, double[][] human) {
        if (model.length != human.length) {
            throw new IllegalArgumentException(model.length + " model rows but " + human.length + " human rows");
        }
        double[] d = new double[model.length];
        for (int i = 0; i < model.length; i++) {
            check(model[i], "model", i);
            check(human[i], "human", i);
            if (model[i].length != human[i].length) {
                throw new IllegalArgumentException("item " + i + ": model has " + model[i].length + " classes, human "
                        + human[i].length);
            }
            d[i] = normalisedEntropy(human[i]) - normalisedEntropy(model[i]);
        }
        return d;
    }

    private static void check(double[] p, String what, int i) {
        if (p.length < 2) {
            throw new IllegalArgumentException(what + " row " + i + " has " + p.length + " classes; at least 2 needed");
        }
        double s = 0;
        for (double v : p) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " row " + i + " holds " + v + "; probabilities are >= 0");
            }
            s += v;
        }
        if (Math.abs(s - 1) > 1e-6) {
            throw new IllegalArgumentException(what + " row " + i + " sums to " + s + ", not 1");
        }
    }

    /**
     * The first {@code count} pairs (fewer when the items run out).
     *
     * @param labels each item's class index
     */
    public static List<SuggestedPair> rank(double[][] model, double[][] human, int[] labels, int count) {
        if (labels.length != model.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + model.length + " items");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count " + count + " must be at least 1");
        }
        double[] d = disagreements(model, human);
        Integer[] order = new Integer[d.length];
        for (int i = 0; i < d.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(Math.abs(d[y]), Math.abs(d[x]));
            return c != 0 ? c : Integer.compare(x, y);
        });
        boolean[] paired = new boolean[d.length];
        List<SuggestedPair> out = new ArrayList<>();
        for (int a = 0; a < order.length && out.size() < count; a++) {
            int i = order[a];
            if (paired[i]) {
                continue;
            }
            for (int b = a + 1; b < order.length; b++) {
                int j = order[b];
                if (!paired[j] && labels[j] != labels[i]) {
                    paired[i] = true;
                    paired[j] = true;
                    out.add(new SuggestedPair(i, j, (Math.abs(d[i]) + Math.abs(d[j])) / 2, 0));
                    break;
                }
            }
        }
        return out;
    }
}
