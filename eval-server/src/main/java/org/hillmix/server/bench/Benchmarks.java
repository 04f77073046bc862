package org.hillmix.server.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The registry of benchmarks, by the name {@code hillmix bench} accepts, in the order "all" runs them. */
public final class Benchmarks {

    private static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

    static {
        add("npy", "read a 10000x10 float64 .npy file (items/s, MB/s)", NpyReadBench::run);
        add("soft-labels", "soft-label construction and aggregation over 1,000,000 answers (items/s)",
                SoftLabelBench::run);
        add("stimuli", "mixup stimulus generation, in memory and to disk (images/s)", StimulusBench::run);
        add("metrics", "full metric set on 1,000,000 x 10 predictions (rows/s)", MetricsBench::run);
        add("training", "training samples/s vs a bare DJL step of the same network (overhead ratio)",
                TrainingBench::run);
        add("journal", "judgment journal appends with an fsync per judgment and buffered (judgments/s)",
                JournalBench::run);
        add("status-latency", "status endpoint latency under 50 concurrent clients while a job trains",
                StatusLatencyBench::run);
    }

    /** One benchmark: a name, what it measures, and how to run it. */
    public record Benchmark(String name, String description, Consumer<PrintStream> runner) {
    }

    private Benchmarks() {
    }

    private static void add(String name, String description, Consumer<PrintStream> runner) {
        ALL.put(name, new Benchmark(name, description, runner));
    }

    /** All benchmarks by name, in run order. */
    public static Map<String, Benchmark> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
