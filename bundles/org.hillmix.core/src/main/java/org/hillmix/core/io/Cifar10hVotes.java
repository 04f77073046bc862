package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyReader;
import org.hillmix.core.labels.VoteDistribution;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * CIFAR-10H hard-label votes ({@code cifar10h-counts.npy}: one row per CIFAR-10 test image, in
 * test-set order, one column per class, counts of the annotators who chose it: any integer dtype, or a
 * floating-point dtype holding whole numbers, as NumPy writes counts by default) and the vote
 * distribution per item, {@code p[c] = n[c] / sum(n)} ({@link VoteDistribution}). The item id of
 * row {@code i} is the test index {@code i}, written {@code "i"} as for CIFAR-10S.
 */
public final class Cifar10hVotes {

    private final String source;
    private final ClassSet classes;
    private final long[][] counts;

    private Cifar10hVotes(String source, ClassSet classes, long[][] counts) {
        this.source = source;
        this.classes = classes;
        this.counts = counts;
    }

    /**
     * Reads a counts file.
     *
     * @param classes the class order of the columns ({@link ClassSet#CIFAR10} for the published file)
     * @throws IOException when the file cannot be read or is not a valid {@code .npy} file, is not
     *     a 2-D array with one column per class, holds a count that is not a whole number (NaN,
     *     infinite, fractional), a negative count or an item without votes (the message names the
     *     file, the row and the class)
     */
    public static Cifar10hVotes read(Path countsFile, ClassSet classes, ProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(classes, "classes");
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        String source = countsFile.getFileName().toString();
        pm.begin("Reading CIFAR-10H votes " + source, -1);
        NpyArray a = NpyReader.read(countsFile);
        if (a.ndim() != 2 || a.dim(1) != classes.size()) {
            throw new IOException(source + ": expected a 2-D array of vote counts of shape (items, " + classes.size()
                    + "), one column per class; found " + a.descr() + " with shape " + Arrays.toString(a.shape()));
        }
        pm.checkCancelled();
        long[][] counts = a.dtype().isFloatingPoint() ? wholeCounts(a, source, classes) : a.asLongMatrix();
        for (int r = 0; r < counts.length; r++) {
            long total = 0;
            for (int c = 0; c < counts[r].length; c++) {
                if (counts[r][c] < 0) {
                    throw new IOException(source + ": row " + r + " (item " + r + "), class " + classes.name(c)
                            + ": negative vote count " + counts[r][c]);
                }
                total += counts[r][c];
            }
            if (total == 0) {
                throw new IOException(source + ": row " + r + " (item " + r + ") has no votes");
            }
        }
        pm.done();
        return new Cifar10hVotes(source, classes, counts);
    }

    /**
     * Counts stored as floating-point numbers ({@code np.save} of a float array, the NumPy default): accepted
     * when every value is a whole number, so that no vote is invented or lost by rounding.
     */
    private static long[][] wholeCounts(NpyArray a, String source, ClassSet classes) throws IOException {
        int rows = a.dim(0);
        int k = a.dim(1);
        double[] flat = a.asDoubleArray();
        long[][] out = new long[rows][k];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < k; c++) {
                double v = flat[r * k + c];
                // 2^53: beyond it not every whole number is representable, so the count could be off
                if (!(Math.abs(v) <= 0x1p53) || v != Math.rint(v)) {
                    throw new IOException(source + ": row " + r + " (item " + r + "), class " + classes.name(c)
                            + ": vote count " + v + " is not a whole number; counts must be integers"
                            + " (saved as " + a.dtype().numpyName() + ")");
                }
                out[r][c] = (long) v;
            }
        }
        return out;
    }

    /**
     * Reads a probabilities file such as {@code cifar10h-probs.npy}: a 2-D floating-point array
     * with one column per class.
     *
     * @throws IOException when the file cannot be read or has another shape or type
     */
    public static double[][] readProbabilities(Path probsFile, ClassSet classes) throws IOException {
        NpyArray a = NpyReader.read(probsFile);
        if (a.ndim() != 2 || a.dim(1) != classes.size() || !a.dtype().isFloatingPoint()) {
            throw new IOException(probsFile.getFileName() + ": expected a 2-D floating-point array of shape (items, "
                    + classes.size() + "); found " + a.descr() + " with shape " + Arrays.toString(a.shape()));
        }
        return a.asDoubleMatrix();
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** The classes of the columns. */
    public ClassSet classes() {
        return classes;
    }

    /** Number of items (rows). */
    public int size() {
        return counts.length;
    }

    /** The item id of row {@code row}: the test index as text. */
    public static String itemId(int row) {
        return Integer.toString(row);
    }

    /** A copy of the vote counts of item {@code row}, one per class. */
    public long[] counts(int row) {
        return counts[row].clone();
    }

    /** The number of votes of item {@code row}. */
    public long total(int row) {
        long t = 0;
        for (long c : counts[row]) {
            t += c;
        }
        return t;
    }

    /** The vote distribution of item {@code row}: counts divided by their sum. */
    public double[] distribution(int row) {
        return VoteDistribution.fromCounts(counts[row]);
    }

    /** The vote distributions of all items, in row order. */
    public double[][] distributions() {
        double[][] out = new double[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            out[r] = distribution(r);
        }
        return out;
    }
}
