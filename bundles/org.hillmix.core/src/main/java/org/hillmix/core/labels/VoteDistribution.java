package org.hillmix.core.labels;

/**
 * Soft labels from hard-label votes, as CIFAR-10H publishes them: {@code p[c] = n[c] / sum(n)}
 * where {@code n[c]} is the number of annotators who chose class {@code c}.
 */
public final class VoteDistribution {

    private VoteDistribution() {
    }

    /**
     * The normalised vote counts.
     *
     * @throws IllegalArgumentException when a count is negative or all counts are zero
     */
    public static double[] fromCounts(long[] counts) {
        long total = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < 0) {
                throw new IllegalArgumentException("vote count of class " + c + " is negative (" + counts[c] + ")");
            }
            total = Math.addExact(total, counts[c]);
        }
        if (total == 0) {
            throw new IllegalArgumentException("no votes: every count is zero, so there is no vote distribution");
        }
        double[] p = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            p[c] = (double) counts[c] / total;
        }
        return p;
    }

    /** As {@link #fromCounts(long[])} for {@code int} counts. */
    public static double[] fromCounts(int[] counts) {
        long[] l = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            l[i] = counts[i];
        }
        return fromCounts(l);
    }

    /**
     * The normalised votes of hard labels given as class indices.
     *
     * @throws IllegalArgumentException when a vote is outside {@code 0..classes-1} or there are none
     */
    public static double[] fromVotes(int[] votes, int classes) {
        long[] counts = new long[classes];
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] < 0 || votes[i] >= classes) {
                throw new IllegalArgumentException("vote #" + (i + 1) + " is class " + votes[i]
                        + ", outside 0-" + (classes - 1));
            }
            counts[votes[i]]++;
        }
        return fromCounts(counts);
    }
}
