package org.hillmix.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hillmix.core.io.JudgmentJournalWriter;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;

/**
 * Judgment journal throughput: appending categorical judgments one by one as the workbench does,
 * with an fsync per judgment ({@code FSYNC_EACH}, the durability the workbench uses: a judgment is on
 * the device before the next item is shown), against buffered writing ({@code BUFFERED}, exports).
 * Reports judgments/s and, for fsync, the per-judgment latency percentiles; the figures depend on
 * the storage device far more than on the code. Written into a temporary folder of the default
 * file system ({@code java.io.tmpdir}).
 */
public final class JournalBench {

    static final int FSYNC_JUDGMENTS = 2_000;
    static final int BUFFERED_JUDGMENTS = 200_000;

    private JournalBench() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(PrintStream out) {
        try {
            Path dir = Files.createTempDirectory("hillmix-journal-bench");
            try {
                measure(out, dir);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Judgment judgment(int i) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z").plusMillis(i * 1500L);
        return new Judgment("annotator-" + (i % 7), Integer.toString(i), new CategoricalAnswer(i % 10, 70,
                (i + 1) % 10, 20, List.of((i + 5) % 10)), 1200 + i % 900, t, t.plusMillis(1200), false,
                Map.of("task", "bench"));
    }

    private static void measure(PrintStream out, Path dir) throws IOException {
        // warm-up: JIT and file system
        write(dir.resolve("warm.jsonl"), JudgmentJournalWriter.Durability.FSYNC_EACH, 200, null);
        long[] latencies = new long[FSYNC_JUDGMENTS];
        long t0 = System.nanoTime();
        write(dir.resolve("fsync.jsonl"), JudgmentJournalWriter.Durability.FSYNC_EACH, FSYNC_JUDGMENTS, latencies);
        double fsyncSeconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        long t1 = System.nanoTime();
        write(dir.resolve("buffered.jsonl"), JudgmentJournalWriter.Durability.BUFFERED, BUFFERED_JUDGMENTS, null);
        double bufferedSeconds = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "journal fsync-each: %,d judgments in %.2f s = %,.0f judgments/s; append+fsync latency"
                + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", FSYNC_JUDGMENTS, fsyncSeconds,
                FSYNC_JUDGMENTS / fsyncSeconds, pct(latencies, 0.50), pct(latencies, 0.95), pct(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);
        out.printf(Locale.ROOT, "journal buffered:   %,d judgments in %.2f s = %,.0f judgments/s (%,.1f MB/s)%n",
                BUFFERED_JUDGMENTS, bufferedSeconds, BUFFERED_JUDGMENTS / bufferedSeconds,
                Files.size(dir.resolve("buffered.jsonl")) / 1e6 / bufferedSeconds);
    }

    private static void write(Path file, JudgmentJournalWriter.Durability durability, int n, long[] latencies)
            throws IOException {
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(file, durability)) {
            for (int i = 0; i < n; i++) {
                long s = System.nanoTime();
                w.append(judgment(i));
                if (latencies != null) {
                    latencies[i] = System.nanoTime() - s;
                }
            }
        }
    }

    private static double pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
