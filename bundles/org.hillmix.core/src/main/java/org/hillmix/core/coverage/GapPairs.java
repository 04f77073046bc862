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
 * no pair is proposed twice. Steps are evaluated lazily (Minoux 1978: a pair's gain can only fall,
 * so a pair whose recomputed gain still tops every other pair's bound is the best), which gives the
 * same result as re-scoring every pair at every step.
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
        // pairs crossing gaps, in primitive arrays: their items, path length, and gap cells (concatenated)
        int[] buf = new int[4 * map.size() + 8];
        IntList cells = new IntList();
        IntList offsets = new IntList();
        IntList firsts = new IntList();
        IntList seconds = new IntList();
        double[] lengths = new double[1024];
        for (int a = 0; a < items.length; a++) {
            for (int b = a + 1; b < items.length; b++) {
                int i = items[a];
                int j = items[b];
                if (labels[i] == labels[j]) {
                    continue;
                }
                int g = map.gapCellsAlong(i, j, buf);
                if (g > 0) {
                    offsets.add(cells.size());
                    for (int k = 0; k < g; k++) {
                        cells.add(buf[k]);
                    }
                    firsts.add(Math.min(i, j));
                    seconds.add(Math.max(i, j));
                    if (firsts.size() > lengths.length) {
                        lengths = Arrays.copyOf(lengths, lengths.length * 2);
                    }
                    lengths[firsts.size() - 1] = map.distance(i, j);
                }
            }
        }
        int n = firsts.size();
        offsets.add(cells.size());
        int[] cellArr = cells.toArray();
        int[] off = offsets.toArray();
        int[] first = firsts.toArray();
        int[] second = seconds.toArray();
        double[] length = Arrays.copyOf(lengths, n);
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        // static order: more gap cells, shorter path, lower indices; the lazy scan relies on it
        Arrays.sort(order, (x, y) -> {
            int c = Integer.compare(off[y + 1] - off[y], off[x + 1] - off[x]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(length[x], length[y]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(first[x], first[y]);
            return c != 0 ? c : Integer.compare(second[x], second[y]);
        });
        // lazy greedy: a max-heap of (gain bound, static position); a popped pair whose recomputed gain equals
        // its bound is the true best (others' gains are at most their bounds, ties go to the earlier position)
        BitSet covered = new BitSet();
        List<SuggestedPair> out = new ArrayList<>();
        LongHeap heap = new LongHeap(n);
        for (int pos = 0; pos < n; pos++) {
            int k = order[pos];
            heap.push(key(off[k + 1] - off[k], pos));
        }
        while (out.size() < count && !heap.isEmpty()) {
            long top = heap.pop();
            int bound = (int) (top >>> 32);
            int pos = (int) (0xFFFFFFFFL - (top & 0xFFFFFFFFL));
            int k = order[pos];
            int gain = 0;
            for (int q = off[k]; q < off[k + 1]; q++) {
                if (!covered.get(cellArr[q])) {
                    gain++;
                }
            }
            if (gain < bound) {
                heap.push(key(gain, pos));
                continue;
            }
            if (gain == 0) {
                // every hole is covered: a new round, bounds back to the full cell counts
                covered.clear();
                heap.push(top);
                LongHeap fresh = new LongHeap(heap.size());
                while (!heap.isEmpty()) {
                    int p2 = (int) (0xFFFFFFFFL - (heap.pop() & 0xFFFFFFFFL));
                    int k2 = order[p2];
                    fresh.push(key(off[k2 + 1] - off[k2], p2));
                }
                heap = fresh;
                continue;
            }
            for (int q = off[k]; q < off[k + 1]; q++) {
                covered.set(cellArr[q]);
            }
            out.add(new SuggestedPair(first[k], second[k], gain, off[k + 1] - off[k]));
        }
        return out;
    }

    private static long key(int gain, int pos) {
        return ((long) gain << 32) | (0xFFFFFFFFL - pos);
    }

    /** A binary max-heap of longs. */
    private static final class LongHeap {
        private long[] a;
        private int n;

        LongHeap(int capacity) {
            a = new long[Math.max(capacity, 1)];
        }

        boolean isEmpty() {
            return n == 0;
        }

        int size() {
            return n;
        }

        void push(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            int i = n++;
            while (i > 0 && a[(i - 1) / 2] < v) {
                a[i] = a[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            a[i] = v;
        }

        long pop() {
            long top = a[0];
            long last = a[--n];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) {
                    break;
                }
                if (c + 1 < n && a[c + 1] > a[c]) {
                    c++;
                }
                if (a[c] <= last) {
                    break;
                }
                a[i] = a[c];
                i = c;
            }
            if (n > 0) {
                a[i] = last;
            }
            return top;
        }
    }

    /** A growable int array (pairs can number millions; boxed lists would cost ten times the memory). */
    private static final class IntList {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
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
