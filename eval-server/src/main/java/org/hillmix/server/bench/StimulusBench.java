package org.hillmix.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.mixup.Stimulus;
import org.hillmix.core.mixup.StimulusGenerator;
import org.hillmix.core.mixup.StimulusGenerator.Layout;
import org.hillmix.core.mixup.StimulusGenerator.Request;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Generating 32x32 RGB mixup stimuli from a synthetic CIFAR-sized dataset (10 classes x 100
 * seeded random images), 1,000 pairs x lambdas 0.1, 0.25, 0.5, 0.75, 0.9 = 5,000 stimuli.
 * Reports images per second for:
 * <ul>
 * <li>planning (pair and lambda sampling, names);</li>
 * <li>rendering in memory ({@link StimulusGenerator#render}, the 8-bit mix);</li>
 * <li>rendering plus PNG encoding in memory;</li>
 * <li>the full {@link StimulusGenerator#generate} to a temporary folder (atomic file writes and
 * the manifest), best of 3 runs.</li>
 * </ul>
 * In-memory figures are the best of 3 timed rounds after a warm-up round.
 */
public final class StimulusBench {

    static final int PER_CLASS = 100;
    static final int PAIRS = 1000;

    private StimulusBench() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(PrintStream out) {
        InMemoryImageDataset ds = dataset();
        Request request = new Request(PAIRS, LambdaSampler.grid(0.1, 0.25, 0.5, 0.75, 0.9), 2023L, Layout.FLAT, false);
        int n = PAIRS * 5;
        out.printf(Locale.ROOT, "StimulusBench: %,d images of 3x32x32, %,d stimuli (%,d pairs x 5 lambdas)%n",
                ds.size(), n, PAIRS);

        List<Stimulus> plan = null;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            plan = StimulusGenerator.plan(ds, request);
            best = keep(round, best, t0);
        }
        out.printf(Locale.ROOT, "  plan                 %,10.0f stimuli/s%n", n / best);

        List<Stimulus> stimuli = plan;
        best = Double.MAX_VALUE;
        double sink = 0;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (Stimulus s : stimuli) {
                sink += StimulusGenerator.render(ds, s).get(0, 16, 16);
            }
            best = keep(round, best, t0);
        }
        out.printf(Locale.ROOT, "  render (memory)      %,10.0f images/s   (checksum %.1f)%n", n / best, sink);

        best = Double.MAX_VALUE;
        long bytes = 0;
        try {
            for (int round = 0; round < 4; round++) {
                bytes = 0;
                long t0 = System.nanoTime();
                for (Stimulus s : stimuli) {
                    bytes += ImageCodec.encodePng(StimulusGenerator.render(ds, s)).length;
                }
                best = keep(round, best, t0);
            }
            out.printf(Locale.ROOT, "  render + PNG (memory)%,10.0f images/s   (%.0f bytes per PNG)%n", n / best,
                    (double) bytes / n);

            best = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                Path dir = Files.createTempDirectory("hillmix-stimulus-bench");
                try {
                    long t0 = System.nanoTime();
                    StimulusGenerator.generate(ds, request, dir.resolve("out"), ProgressMonitor.NULL);
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                } finally {
                    deleteTree(dir);
                }
            }
            out.printf(Locale.ROOT, "  generate to disk     %,10.0f images/s   (%.2f s for %,d files + manifest)%n",
                    n / best, best, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Round 0 warms up; later rounds keep the best time. */
    private static double keep(int round, double best, long t0) {
        double secs = (System.nanoTime() - t0) / 1e9;
        return round == 0 ? best : Math.min(best, secs);
    }

    /** 10 classes x {@link #PER_CLASS} seeded random 3x32x32 images. */
    static InMemoryImageDataset dataset() {
        SplittableRandom rnd = new SplittableRandom(32L);
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(ClassSet.CIFAR10);
        for (int c = 0; c < 10; c++) {
            for (int k = 0; k < PER_CLASS; k++) {
                byte[] px = new byte[3 * 32 * 32];
                // smooth-ish content (a gradient plus noise) so PNG sizes resemble photos more than noise does
                for (int i = 0; i < px.length; i++) {
                    px[i] = (byte) ((i % 32) * 4 + rnd.nextInt(64));
                }
                b.addBytes(Integer.toString(c * PER_CLASS + k), c, 3, 32, 32, px);
            }
        }
        return b.build();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Runs the benchmark on stdout. */
    public static void main(String[] args) {
        run(System.out);
    }
}
