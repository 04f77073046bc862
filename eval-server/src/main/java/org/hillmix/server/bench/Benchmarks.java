package org.hillmix.server.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
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
        add("metrics-cli", "hillmix metrics as a whole process on 1,000,000 x 10 (launcher with CDS, java -jar)"
                + " against numpy computing the same metrics", MetricsCliBench::run);
        add("training", "training samples/s vs a bare DJL step of the same network (overhead ratio)",
                TrainingBench::run);
        add("journal", "judgment journal appends with an fsync per judgment and buffered (judgments/s)",
                JournalBench::run);
        ALL.put("status-latency", new Benchmark("status-latency", "status reads by 50 concurrent clients (own JVM) "
                + "while a job trains, against a bare Jetty handler (p99, throughput ratio)",
                (out, s) -> StatusLatencyBench.run(out, s.clients(), s.requestsPerClient())));
    }

    /** One benchmark: a name, what it measures, and how to run it with the command's settings. */
    public record Benchmark(String name, String description, BiConsumer<PrintStream, Settings> runner) {
    }

    /**
     * Settings of the benchmarks that take any ({@code hillmix bench} options).
     *
     * @param clients concurrent clients of the HTTP benchmarks
     * @param requestsPerClient measured requests per client of the HTTP benchmarks
     */
    public record Settings(int clients, int requestsPerClient) {

        /** Checks the values. */
        public Settings {
            if (clients < 1 || requestsPerClient < 1) {
                throw new IllegalArgumentException("clients and requests per client must be at least 1, got "
                        + clients + " and " + requestsPerClient);
            }
        }

        /** The defaults: 50 clients x 10,000 requests. */
        public static Settings defaults() {
            return new Settings(StatusLatencyBench.CLIENTS, StatusLatencyBench.REQUESTS_PER_CLIENT);
        }
    }

    private Benchmarks() {
    }

    private static void add(String name, String description, Consumer<PrintStream> runner) {
        ALL.put(name, new Benchmark(name, description, (out, settings) -> runner.accept(out)));
    }

    /** All benchmarks by name, in run order. */
    public static Map<String, Benchmark> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
