package org.hillmix.core.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.Protocol;

/**
 * Krippendorff's alpha for nominal data, computed from the coincidence matrix (Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability", 2011).
 *
 * <p>Each unit {@code u} holds the {@code m_u} values its coders gave (missing values are simply
 * absent). Only units with {@code m_u >= 2} are pairable. Every ordered pair of values
 * {@code (c, k)} from different coders of a unit adds {@code 1 / (m_u - 1)} to the coincidence
 * {@code o[c][k]}. With {@code n_c = sum_k o[c][k]} and {@code n = sum_c n_c} (the number of
 * pairable values):
 * <pre>
 *   D_o = (1/n) sum_{c != k} o[c][k]                      observed disagreement
 *   D_e = (1/(n(n-1))) sum_{c != k} n_c n_k               expected disagreement
 *   alpha = 1 - D_o / D_e = 1 - (n - 1) sum_{c != k} o[c][k] / sum_{c != k} n_c n_k
 * </pre>
 * Alpha is 1 for perfect agreement, about 0 for chance agreement, negative for systematic
 * disagreement. It is undefined ({@code NaN}) when fewer than two values are pairable or when
 * every pairable value is the same ({@code D_e = 0}: there is no variation to agree about).
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * The result.
     *
     * @param alpha Krippendorff's alpha, or {@code NaN} when undefined
     * @param pairableValues {@code n}, the number of values in units with at least two values
     * @param pairableUnits number of units with at least two values
     * @param observedDisagreement {@code D_o}
     * @param expectedDisagreement {@code D_e}
     */
    public record Result(double alpha, int pairableValues, int pairableUnits, double observedDisagreement,
            double expectedDisagreement) {
    }

    /**
     * Nominal alpha over {@code units}, each the collection of values its coders gave (without
     * missing values). Values are compared with {@code equals}; {@code null} values are not allowed.
     */
    public static Result nominal(Collection<? extends Collection<?>> units) {
        Map<Object, Integer> index = new HashMap<>();
        List<int[]> coded = new ArrayList<>();
        for (Collection<?> unit : units) {
            if (unit.size() < 2) {
                continue;
            }
            int[] values = new int[unit.size()];
            int i = 0;
            for (Object v : unit) {
                Objects.requireNonNull(v, "a unit holds a null value; leave missing values out");
                values[i++] = index.computeIfAbsent(v, x -> index.size());
            }
            coded.add(values);
        }
        int v = index.size();
        double[][] o = new double[v][v];
        int n = 0;
        for (int[] unit : coded) {
            int m = unit.length;
            n += m;
            // counts per value in the unit: ordered pairs (c, k) from different coders number
            // count_c * count_k for c != k and count_c * (count_c - 1) for c == k
            Map<Integer, Integer> count = new LinkedHashMap<>();
            for (int value : unit) {
                count.merge(value, 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> c : count.entrySet()) {
                for (Map.Entry<Integer, Integer> k : count.entrySet()) {
                    long pairs = c.getKey().equals(k.getKey()) ? (long) c.getValue() * (c.getValue() - 1)
                            : (long) c.getValue() * k.getValue();
                    o[c.getKey()][k.getKey()] += (double) pairs / (m - 1);
                }
            }
        }
        double[] nc = new double[v];
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
        }
        double disagreeObserved = 0;
        double disagreeExpected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                if (c != k) {
                    disagreeObserved += o[c][k];
                    disagreeExpected += nc[c] * nc[k];
                }
            }
        }
        if (n < 2) {
            return new Result(Double.NaN, n, coded.size(), Double.NaN, Double.NaN);
        }
        double dObserved = disagreeObserved / n;
        double dExpected = disagreeExpected / ((double) n * (n - 1));
        double alpha = disagreeExpected == 0 ? Double.NaN : 1 - (n - 1) * disagreeObserved / disagreeExpected;
        return new Result(alpha, n, coded.size(), dObserved, dExpected);
    }

    /**
     * Nominal alpha on the top-1 choices ({@link CategoricalAnswer#mostProbable()}) of categorical
     * judgments: units are items, coders are annotators. Repeat trials are left out, and an
     * annotator who answered an item more than once contributes only their first answer, since a
     * coder gives one value per unit. Other protocols are ignored.
     */
    public static Result nominalTop1(List<Judgment> judgments) {
        Map<String, Map<String, Integer>> byItem = new LinkedHashMap<>();
        for (Judgment j : judgments) {
            if (j.protocol() != Protocol.CATEGORICAL || j.repeat()) {
                continue;
            }
            int top = ((CategoricalAnswer) j.answer()).mostProbable();
            byItem.computeIfAbsent(j.item(), i -> new LinkedHashMap<>()).putIfAbsent(j.annotator(), top);
        }
        List<Collection<Integer>> units = new ArrayList<>();
        for (Map<String, Integer> unit : byItem.values()) {
            units.add(unit.values());
        }
        return nominal(units);
    }
}
