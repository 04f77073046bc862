package org.hillmix.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyReader;
import org.hillmix.core.data.NpyWriter;

/**
 * Reading a CIFAR-10H-sized {@code .npy} file: 10,000 x 10 float64 (800 KB of data), written
 * once to a temporary file with seeded random probabilities. Reports, per path, items (rows) per
 * second and MB per second of file:
 * <ul>
 * <li>{@link NpyReader#read(Path)} + {@link NpyArray#asDoubleArray()} (the bulk float64 path);</li>
 * <li>{@link NpyReader#read(Path)} + {@link NpyArray#asDoubleMatrix()} (rows as {@code double[]}).</li>
 * </ul>
 * Each figure is the best of 5 timed rounds of about 0.5 s after a warm-up round.
 */
public final class NpyReadBench {

    static final int ROWS = 10_000;
    static final int COLS = 10;

    private NpyReadBench() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(PrintStream out) {
        Path file = null;
        try {
            file = Files.createTempFile("hillmix-npy-bench", ".npy");
            double[] probs = new double[ROWS * COLS];
            SplittableRandom rnd = new SplittableRandom(10_000L);
            for (int r = 0; r < ROWS; r++) {
                double sum = 0;
                for (int c = 0; c < COLS; c++) {
                    probs[r * COLS + c] = rnd.nextDouble();
                    sum += probs[r * COLS + c];
                }
                for (int c = 0; c < COLS; c++) {
                    probs[r * COLS + c] /= sum;
                }
            }
            NpyWriter.writeDoubles(file, probs, ROWS, COLS);
            long bytes = Files.size(file);
            out.printf(Locale.ROOT, "NpyReadBench: %,d x %d float64, file %,d bytes%n", ROWS, COLS, bytes);
            Path f = file;
            report(out, "read + asDoubleArray ", bytes, () -> {
                double[] d = NpyReader.read(f).asDoubleArray();
                return d[d.length - 1];
            });
            report(out, "read + asDoubleMatrix", bytes, () -> {
                double[][] d = NpyReader.read(f).asDoubleMatrix();
                return d[ROWS - 1][COLS - 1];
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /** One read returning a value that depends on the data, so the work cannot be skipped. */
    interface Read {
        double once() throws IOException;
    }

    private static void report(PrintStream out, String label, long bytes, Read read) throws IOException {
        double sink = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            int n = 0;
            long t0 = System.nanoTime();
            long t;
            do {
                sink += read.once();
                n++;
                t = System.nanoTime();
            } while (t - t0 < 500_000_000L);
            double perRead = (t - t0) / 1e9 / n;
            if (round > 0) {
                best = Math.min(best, perRead);
            }
        }
        out.printf(Locale.ROOT, "  %s %,14.0f items/s  %8.1f MB/s  (%.3f ms per file; checksum %.3f)%n", label,
                ROWS / best, bytes / best / 1e6, best * 1e3, sink % 1000);
    }

    /** Runs the benchmark on stdout. */
    public static void main(String[] args) {
        run(System.out);
    }
}
