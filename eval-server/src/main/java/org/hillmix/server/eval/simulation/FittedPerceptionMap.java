package org.hillmix.server.eval.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hillmix.server.train.PerceptionMap;

/**
 * A {@link PerceptionMap} fitted from mixing-factor judgments: how people perceive the true lambda of a mixed
 * image, per class pair where there is enough data and pooled otherwise.
 *
 * <p><b>Choice of fit.</b> Isotonic regression ({@link IsotonicCurve}) of perceived lambda on true lambda,
 * anchored at (0, 0) and (1, 1). It assumes only that perception is monotone in the true mixing factor (more of
 * image 1 never looks like less of it), so it can follow the S-shaped, asymmetric curves the H-Mix data shows
 * without a parametric form, and with the five lambda levels of the study it reduces to the (pooled) mean
 * perceived lambda at each level, linearly interpolated. A logistic curve was rejected because per-pair
 * asymmetries (one class dominating a blend) are not captured by a curve through the midpoint.
 *
 * <p><b>Orientation.</b> A judgment (c1, c2, lambda, p) is the same as (c2, c1, 1 - lambda, 1 - p). Pair curves
 * are fitted for the unordered pair {a &lt; b} in the orientation of class a; a query with class1 &gt; class2
 * returns {@code 1 - f_ab(1 - lambda)}. The pooled curve uses every judgment in both orientations, so it is
 * symmetric: {@code g(1 - x) = 1 - g(x)} up to ties.
 *
 * <p><b>Per pair or pooled.</b> A pair with at least {@code minPerPair} judgments gets its own curve; other
 * pairs use the pooled curve; with no judgments at all the map is the identity. Identical classes return the
 * true lambda (both labels are the same class).
 *
 * <p><b>Weights.</b> With {@code confidenceWeighted}, each judgment weighs its stated confidence (0-1), so a
 * guess made at confidence 0 does not count; otherwise all weigh 1.
 */
public final class FittedPerceptionMap implements PerceptionMap {

    /** Default minimum number of judgments for a pair to get its own curve. */
    public static final int DEFAULT_MIN_PER_PAIR = 50;

    private final IsotonicCurve pooled;
    private final Map<Long, IsotonicCurve> perPair;
    private final int judgments;

    private FittedPerceptionMap(IsotonicCurve pooled, Map<Long, IsotonicCurve> perPair, int judgments) {
        this.pooled = pooled;
        this.perPair = perPair;
        this.judgments = judgments;
    }

    /** The identity map: perceived = true lambda. */
    public static FittedPerceptionMap identity() {
        return new FittedPerceptionMap(IsotonicCurve.IDENTITY, Map.of(), 0);
    }

    /**
     * Fits a map.
     *
     * @param judgments the judgments
     * @param minPerPair judgments a pair needs for its own curve, >= 1
     * @param confidenceWeighted weigh each judgment by its confidence
     */
    public static FittedPerceptionMap fit(List<MixingJudgment> judgments, int minPerPair, boolean confidenceWeighted) {
        if (minPerPair < 1) {
            throw new IllegalArgumentException("minPerPair must be >= 1, got " + minPerPair);
        }
        Map<Long, List<MixingJudgment>> byPair = new TreeMap<>();
        List<MixingJudgment> both = new ArrayList<>();
        for (MixingJudgment j : judgments) {
            if (j.class1() == j.class2()) {
                continue;
            }
            MixingJudgment oriented = j.class1() < j.class2() ? j : j.swapped();
            byPair.computeIfAbsent(key(oriented.class1(), oriented.class2()), k -> new ArrayList<>()).add(oriented);
            both.add(j);
            both.add(j.swapped());
        }
        IsotonicCurve pooled = curve(both, confidenceWeighted);
        Map<Long, IsotonicCurve> perPair = new LinkedHashMap<>();
        for (Map.Entry<Long, List<MixingJudgment>> e : byPair.entrySet()) {
            if (e.getValue().size() >= minPerPair) {
                perPair.put(e.getKey(), curve(e.getValue(), confidenceWeighted));
            }
        }
        int used = both.size() / 2;
        return new FittedPerceptionMap(pooled, Collections.unmodifiableMap(perPair), used);
    }

    private static IsotonicCurve curve(List<MixingJudgment> js, boolean confidenceWeighted) {
        double[] x = new double[js.size()];
        double[] y = new double[js.size()];
        double[] w = new double[js.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = js.get(i).trueLambda();
            y[i] = js.get(i).perceivedLambda();
            w[i] = confidenceWeighted ? js.get(i).confidence() : 1;
        }
        return IsotonicCurve.fit(x, y, w);
    }

    @Override
    public double perceivedLambda(double trueLambda, int class1, int class2) {
        if (class1 == class2) {
            return trueLambda;
        }
        if (class1 < class2) {
            return curveFor(class1, class2).at(trueLambda);
        }
        return 1 - curveFor(class2, class1).at(1 - trueLambda);
    }

    /** The curve used for classes {@code a < b}, in the orientation of class a. */
    public IsotonicCurve curveFor(int a, int b) {
        return perPair.getOrDefault(key(a, b), pooled);
    }

    /** Whether the pair {a, b} has its own curve. */
    public boolean hasPairCurve(int a, int b) {
        return perPair.containsKey(key(Math.min(a, b), Math.max(a, b)));
    }

    /** The pooled, symmetric curve. */
    public IsotonicCurve pooled() {
        return pooled;
    }

    /** Number of pairs with their own curve. */
    public int pairCurves() {
        return perPair.size();
    }

    /** Number of judgments (of two different classes) the map was fitted on. */
    public int judgments() {
        return judgments;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
