package org.hillmix.core.internal.metrics;

/**
 * A stable ascending sort of a {@code double[]} that also yields the permutation, on primitives
 * (no boxing), so that 1,000,000 confidences sort in well under a second. Equal keys keep their
 * input order, which the equal-mass binnings need: ties that straddle a bin boundary must split
 * the same way on every run and platform. Keys are compared with {@code <}, so {@code -0.0} and
 * {@code 0.0} are equal; keys must not be NaN (callers validate first).
 */
public final class StableSort {

    /** Runs shorter than this are sorted by insertion before merging. */
    private static final int RUN = 32;

    private StableSort() {
    }

    /**
     * Sorts {@code keys[0..n)} stably.
     *
     * @param keys the values; not modified
     * @param n how many leading values to sort
     * @return the indices of the values in ascending order of value, input order among equals
     */
    public static int[] sortedIndices(double[] keys, int n) {
        if (n < 0 || n > keys.length) {
            throw new IllegalArgumentException("n = " + n + " is outside 0.." + keys.length);
        }
        double[] k = new double[n];
        int[] idx = new int[n];
        System.arraycopy(keys, 0, k, 0, n);
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int lo = 0; lo < n; lo += RUN) {
            insertion(k, idx, lo, Math.min(lo + RUN, n));
        }
        double[] k2 = new double[n];
        int[] idx2 = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(k, idx, k2, idx2, lo, mid, hi);
            }
            double[] tk = k;
            k = k2;
            k2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
        return idx;
    }

    private static void insertion(double[] k, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double key = k[i];
            int id = idx[i];
            int j = i - 1;
            while (j >= lo && k[j] > key) { // strict: equal keys stay behind earlier ones
                k[j + 1] = k[j];
                idx[j + 1] = idx[j];
                j--;
            }
            k[j + 1] = key;
            idx[j + 1] = id;
        }
    }

    private static void merge(double[] k, int[] idx, double[] outK, int[] outIdx, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (k[j] < k[i]) { // take the right run only when strictly smaller: stable
                outK[o] = k[j];
                outIdx[o++] = idx[j++];
            } else {
                outK[o] = k[i];
                outIdx[o++] = idx[i++];
            }
        }
        int left = mid - i;
        System.arraycopy(k, i, outK, o, left);
        System.arraycopy(idx, i, outIdx, o, left);
        o += left;
        int right = hi - j;
        System.arraycopy(k, j, outK, o, right);
        System.arraycopy(idx, j, outIdx, o, right);
    }
}
