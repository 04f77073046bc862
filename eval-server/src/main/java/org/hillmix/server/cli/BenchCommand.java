package org.hillmix.server.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hillmix.server.bench.Benchmarks;
import org.hillmix.server.bench.Benchmarks.Benchmark;
import org.hillmix.server.bench.StatusLatencyBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillmix bench [name...]}: runs benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs benchmarks that print figures (no pass/fail). Without names, runs all.",
        footer = "%nRun on an otherwise idle machine: the figures are only as good as the quiet around them.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "Benchmarks to run: npy, soft-labels, stimuli, metrics, training, status-latency.")
    List<String> names = new ArrayList<>();

    @Option(names = "--list", description = "List the benchmarks and exit.")
    boolean list;

    @Option(names = "--clients", defaultValue = "" + StatusLatencyBench.CLIENTS, paramLabel = "N",
            description = "Concurrent clients of status-latency (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "" + StatusLatencyBench.REQUESTS_PER_CLIENT, paramLabel = "N",
            description = "Measured requests per client of status-latency (default: ${DEFAULT-VALUE}).")
    int requests;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (list) {
            Benchmarks.all().values().forEach(b -> out.printf("%-15s %s%n", b.name(), b.description()));
            return 0;
        }
        Benchmarks.Settings settings;
        try {
            settings = new Benchmarks.Settings(clients, requests);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--clients and --requests must be at least 1, got " + clients
                    + " and " + requests, e);
        }
        List<Benchmark> selected = new ArrayList<>();
        if (names.isEmpty()) {
            selected.addAll(Benchmarks.all().values());
        }
        for (String name : names) {
            Benchmark b = Benchmarks.all().get(name);
            if (b == null) {
                throw new IllegalArgumentException("unknown benchmark '" + name + "'; expected one of "
                        + Benchmarks.all().keySet() + " (see 'bench --list')");
            }
            selected.add(b);
        }
        for (Benchmark b : selected) {
            out.println("== " + b.name() + ": " + b.description());
            b.runner().accept(out, settings);
            out.println();
        }
        return 0;
    }
}
