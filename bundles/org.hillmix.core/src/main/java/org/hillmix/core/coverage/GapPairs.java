package org.hillmix.core.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks pairs of items whose <b>interpolation path crosses gap cells</b> of a {@link CoverageMap}:
 * mixing such a pair makes images in an empty region of the map.
 *
 * <p>Candidates: pairs of items of different classes (HILLmix elicits judgments between classes)
 * whose straight path in the map ({@link CoverageMap#cellsAlong}) crosses at least one gap cell.
 * With more than {@value #MAX_CANDIDATES} items, each (cell, class) group is represented by its item
 * nearest the group's mean point, the most populous groups first, up to {@value #MAX_CANDIDATES}.
 *
 * <p>Ranking, greedy maximum coverage (Nemhauser, Wolsey and Fisher 1978): each step takes the
 * pair crossing the most gap cells not yet covered by the pairs before it; ties go to the pair
 * crossing more gap cells in all, then the shorter path, then the lower item indices. When no
 * pair covers a new cell, coverage starts again (a new round), so later pairs revisit the holes;
 * no pair is proposed twice. Steps are evaluated lazily (a pair's gain can only fall), which gives
 * the same result as re-scoring every pair at every step.
 */
public final class GapPairs {

    /** Most items considered; above it, items are represented by (cell, class) groups. */
    public static final int MAX_CANDIDATES = 2000;

    private GapPairs() {
    }

    /**
     * The first {@code count} pairs of the ranking (fewer when fewer pairs cross gaps).
     *
     * @param labels each item's class index
     * @throws IllegalArgumentException when labels and points differ in number or count is below 1
     */
    public static List<SuggestedPair> rank(CoverageMap map, int[] labels, int count) {
        if (labels.length != map.points()) {
            throw new IllegalArgumentException(labels.length + " labels for " + map.points() + " points");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count " + count + " must be at least 1");
        }
        int[] items = candidates(map, labels);
        List<int[]> cellLists = new ArrayList<>();
        List<int[]> pairItems = new ArrayList<>();
        List<Double> lengths = new ArrayList<>();
        for (int a = 0; a < items.length; a++) {
            for (int b = a + 1; b < items.length; b++) {
                int i = items[a];
                int j = items[b];
                if (labels[i] == labels[j]) {
                    continue;
                }
                double[] p = map.point(i);
                double[] q = map.point(j);
                int[] gaps = Arrays.stream(map.cellsAlong(p, q)).filter(map::gap).toArray();
                if (gaps.length > 0) {
                    cellLists.add(gaps);
                    pairItems.add(i < j ? new int[] {i, j} : new int[] {j, i});
                    lengths.add(Math.hypot(q[0] - p[0], q[1] - p[1]));
                }
            }
        }
        int n = cellLists.size();
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        // static order: more gap cells, shorter path, lower indices; the lazy scan relies on it
        Arrays.sort(order, (x, y) -> {
            int c = Integer.compare(cellLists.get(y).length, cellLists.get(x).length);
            if (c != 0) {
                return c;
            }
            c = Double.compare(lengths.get(x), lengths.get(y));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(pairItems.get(x)[0], pairItems.get(y)[0]);
            return c != 0 ? c : Integer.compare(pairItems.get(x)[1], pairItems.get(y)[1]);
        });
        boolean[] used = new boolean[n];
        BitSet covered = new BitSet();
        List<SuggestedPair> out = new ArrayList<>();
        while (out.size() < count && out.size() < n) {
            int best = -1;
            int bestGain = 0;
            for (Integer k : order) {
                if (used[k]) {
                    continue;
                }
                int upper = cellLists.get(k).length; // a pair's gain never exceeds its cell count
                if (upper < bestGain || best >= 0 && upper == bestGain) {
                    break; // no later pair can beat the best: the static order breaks ties the same way
                }
                int gain = 0;
                for (int c : cellLists.get(k)) {
                    if (!covered.get(c)) {
                        gain++;
                    }
                }
                if (gain > bestGain || best < 0 && gain == bestGain) {
                    best = k;
                    bestGain = gain;
                }
            }
            if (bestGain == 0) {
                covered.clear(); // every hole is covered: a new round
                if (best < 0) {
                    continue;
                }
                // the first unused pair in static order is the new round's best
                for (Integer k : order) {
                    if (!used[k]) {
                        best = k;
                        break;
                    }
                }
                bestGain = cellLists.get(best).length;
            }
            used[best] = true;
            for (int c : cellLists.get(best)) {
                covered.set(c);
            }
            out.add(new SuggestedPair(pairItems.get(best)[0], pairItems.get(best)[1], bestGain,
                    cellLists.get(best).length));
        }
        return out;
    }

    /** All items, or one representative per (cell, class) group when there are too many. */
    static int[] candidates(CoverageMap map, int[] labels) {
        int n = map.points();
        if (n <= MAX_CANDIDATES) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(((long) map.cellOf(i) << 32) | labels[i], g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> sorted = new ArrayList<>(groups.values());
        sorted.sort((x, y) -> x.size() != y.size() ? Integer.compare(y.size(), x.size())
                : Integer.compare(x.get(0), y.get(0)));
        int keep = Math.min(MAX_CANDIDATES, sorted.size());
        int[] out = new int[keep];
        for (int g = 0; g < keep; g++) {
            List<Integer> members = sorted.get(g);
            double mx = 0;
            double my = 0;
            for (int i : members) {
                mx += map.point(i)[0];
                my += map.point(i)[1];
            }
            mx /= members.size();
            my /= members.size();
            int best = members.get(0);
            double bestD = Double.POSITIVE_INFINITY;
            for (int i : members) {
                double[] p = map.point(i);
                double d = (p[0] - mx) * (p[0] - mx) + (p[1] - my) * (p[1] - my);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            out[g] = best;
        }
        Arrays.sort(out);
        return out;
    }
}
