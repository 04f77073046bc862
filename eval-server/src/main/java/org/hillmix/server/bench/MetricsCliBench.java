package org.hillmix.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hillmix.core.data.NpyWriter;
import org.hillmix.core.metrics.Softmax;
import org.hillmix.server.cli.MetricsCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code hillmix metrics} as a whole process (JVM start included) on 1,000,000 x 10 float64 probabilities, hard
 * labels and soft targets, against NumPy computing the same metrics ({@code metrics_numpy.py}, shipped in this
 * jar) when {@code python3} with NumPy is installed. Goal (issue 8): the whole process at least 2x faster than
 * NumPy. Variants, each run once to warm the page cache and then in alternating rounds: the {@code hillmix}
 * launcher beside the jar (with the class-data-sharing archive made at build time), plain {@code java -jar}, and
 * NumPy. Before comparing times, the benchmark checks that both computed the same numbers.
 *
 * <p>Wall time is the figure the goal is about; the CPU time (user + system, from {@code /usr/bin/time} where it
 * exists) is printed beside it because on a shared machine it varies far less than wall time.
 */
public final class MetricsCliBench {

    static final int ROWS = 1_000_000;
    static final int CLASSES = 10;
    /** Goal: NumPy's wall time divided by the whole {@code hillmix metrics} process's. */
    static final double GOAL_SPEEDUP = 2.0;
    private static final int ROUNDS = 3;
    private static final String NUMPY_SCRIPT = "metrics_numpy.py";

    private MetricsCliBench() {
    }

    /** One way of computing the metrics, as a command line. */
    private record Variant(String name, List<String> command) {
    }

    /** One timed run: wall seconds, CPU seconds (NaN when unknown), and what it printed. */
    private record Timing(double wall, double cpu, String output) {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(PrintStream out) {
        try {
            measure(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("MetricsCliBench interrupted", e);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("MetricsCliBench failed: " + e.getMessage(), e);
        }
    }

    private static void measure(PrintStream out) throws IOException, InterruptedException, URISyntaxException {
        Path jar = Path.of(MetricsCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        out.printf(Locale.ROOT, "MetricsCliBench: hillmix metrics as a whole process, %,d x %d float64 probabilities"
                + " + labels + soft targets%n", ROWS, CLASSES);
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            out.println("  not run from hillmix.jar (" + jar + "): build it and run"
                    + " eval-server/target/hillmix bench metrics-cli");
            return;
        }
        Path dir = Files.createTempDirectory("hillmix-metrics-cli-bench");
        try {
            Path p = dir.resolve("probs.npy");
            Path l = dir.resolve("labels.npy");
            Path t = dir.resolve("targets.npy");
            writeInputs(dir, ROWS, 20240601L);
            List<String> args = List.of("metrics", "--probs", p.toString(), "--labels", l.toString(), "--targets",
                    t.toString());

            List<Variant> variants = new ArrayList<>();
            Path launcher = jar.resolveSibling("hillmix");
            Path archive = jar.resolveSibling("hillmix.jsa");
            if (Files.isExecutable(launcher) && !isWindows()) {
                variants.add(new Variant("hillmix launcher" + (Files.isRegularFile(archive) ? " (app CDS)"
                        : " (no CDS archive)"), concat(List.of(launcher.toString()), args)));
            }
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            variants.add(new Variant("java -jar", concat(List.of(javaBin, "-jar", jar.toString()), args)));
            String numpyMissing = numpyMissing();
            Variant numpy = null;
            if (numpyMissing == null) {
                Path script = dir.resolve(NUMPY_SCRIPT);
                try (InputStream in = MetricsCliBench.class.getResourceAsStream(NUMPY_SCRIPT)) {
                    Files.copy(in, script);
                }
                numpy = new Variant("numpy", List.of("python3", script.toString(), p.toString(), l.toString(),
                        t.toString()));
                variants.add(numpy);
            }

            String loadBefore = StatusLatencyBench.loadAverage();
            Map<Variant, List<Timing>> timings = new LinkedHashMap<>();
            for (Variant v : variants) {
                timings.put(v, new ArrayList<>());
                time(v, dir); // warm-up: page cache, and a check that it runs
            }
            for (int r = 0; r < ROUNDS; r++) {
                for (Variant v : variants) {
                    timings.get(v).add(time(v, dir));
                }
            }
            out.printf(Locale.ROOT, "  machine        %d cores; load average (1/5/15 min) %s before, %s after; %d"
                    + " alternating rounds after one warm-up run each; median (min-max)%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, StatusLatencyBench.loadAverage(), ROUNDS);
            for (Variant v : variants) {
                List<Timing> ts = timings.get(v);
                out.printf(Locale.ROOT, "  %-26s wall %6.2f s (%.2f-%.2f)   CPU %s%n", v.name(),
                        median(ts, true), min(ts, true), max(ts, true), Double.isNaN(median(ts, false)) ? "unknown"
                                : String.format(Locale.ROOT, "%6.2f s (%.2f-%.2f)", median(ts, false),
                                        min(ts, false), max(ts, false)));
            }
            Variant best = variants.get(0);
            if (numpy == null) {
                out.println("  numpy          not measured: " + numpyMissing);
                out.printf(Locale.ROOT, "  goal           whole process >= %.0fx faster than numpy: NOT MEASURED%n",
                        GOAL_SPEEDUP);
                return;
            }
            String mismatch = compare(timings.get(best).get(0).output(), timings.get(numpy).get(0).output());
            if (mismatch != null) {
                out.println("  CHECK FAILED   hillmix and numpy disagree: " + mismatch + "; the times compare"
                        + " different computations");
            } else {
                out.println("  check          hillmix and numpy agree on every metric numpy prints (rel. 1e-9)");
            }
            double speedup = median(timings.get(numpy), true) / median(timings.get(best), true);
            double cpuSpeedup = median(timings.get(numpy), false) / median(timings.get(best), false);
            out.printf(Locale.ROOT, "  goal           %s %.2fx faster than numpy by wall time (CPU time: %.2fx);"
                    + " goal >= %.0fx: %s%n", best.name(), speedup, cpuSpeedup, GOAL_SPEEDUP,
                    mismatch == null && speedup >= GOAL_SPEEDUP ? "MET" : "NOT MET");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * Writes {@code probs.npy} (float64, rows x 10), {@code labels.npy} (int64) and {@code targets.npy} to
     * {@code dir}: seeded logits whose label class is raised so that about half the top labels are right, as
     * probabilities (softmax) and as softer targets (softmax at temperature 2).
     */
    static void writeInputs(Path dir, int rows, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] logits = new double[rows * CLASSES];
        long[] labels = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = rnd.nextInt(CLASSES);
            for (int c = 0; c < CLASSES; c++) {
                logits[i * CLASSES + c] = rnd.nextGaussian() * 1.5 + (c == labels[i] ? 2.0 : 0.0);
            }
        }
        NpyWriter.writeLongs(dir.resolve("labels.npy"), labels, rows);
        double[] p = new double[logits.length];
        for (int off = 0; off < logits.length; off += CLASSES) {
            Softmax.probabilities(logits, off, CLASSES, 1.0, p, off);
        }
        NpyWriter.writeDoubles(dir.resolve("probs.npy"), p, rows, CLASSES);
        for (int off = 0; off < logits.length; off += CLASSES) {
            Softmax.probabilities(logits, off, CLASSES, 2.0, p, off);
        }
        NpyWriter.writeDoubles(dir.resolve("targets.npy"), p, rows, CLASSES);
    }

    private static Timing time(Variant v, Path dir) throws IOException, InterruptedException {
        Path cpuFile = dir.resolve("cpu.txt");
        Path outFile = dir.resolve("out.json");
        Path errFile = dir.resolve("err.txt");
        List<String> command = v.command();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            command = concat(List.of("/usr/bin/time", "-o", cpuFile.toString(), "-f", "%U %S"), command);
        }
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile())
                .start();
        if (!proc.waitFor(10, TimeUnit.MINUTES)) {
            proc.destroyForcibly();
            throw new IOException(v.name() + " did not finish within 10 minutes");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String output = Files.readString(outFile);
        if (proc.exitValue() != 0) {
            throw new IOException(v.name() + " exited with " + proc.exitValue() + ": " + Files.readString(errFile));
        }
        double cpu = Double.NaN;
        if (timed) {
            String[] f = Files.readString(cpuFile).trim().split("\\s+");
            String[] last = Arrays.copyOfRange(f, f.length - 2, f.length);
            cpu = Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
        }
        return new Timing(wall, cpu, output);
    }

    /** Null when every field of the NumPy output is in the hillmix output with the same value (rel. 1e-9). */
    static String compare(String hillmixJson, String numpyJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode ours = json.readTree(hillmixJson);
        JsonNode theirs = json.readTree(numpyJson);
        for (Iterator<Map.Entry<String, JsonNode>> it = theirs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode mine = ours.get(e.getKey());
            if (mine == null) {
                return e.getKey() + " is missing from the hillmix output";
            }
            if (e.getValue().isNull() || mine.isNull()) {
                if (e.getValue().isNull() != mine.isNull()) {
                    return e.getKey() + ": hillmix " + mine + ", numpy " + e.getValue();
                }
                continue;
            }
            double a = mine.asDouble();
            double b = e.getValue().asDouble();
            if (Math.abs(a - b) > 1e-9 * Math.max(1e-3, Math.max(Math.abs(a), Math.abs(b)))) {
                return e.getKey() + ": hillmix " + a + ", numpy " + b;
            }
        }
        return null;
    }

    /** Null when {@code python3 -c 'import numpy'} works, otherwise why not. */
    private static String numpyMissing() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "python3 -c 'import numpy' did not finish within 60 s";
            }
            return p.exitValue() == 0 ? null : "python3 has no numpy (e.g. apt-get install python3-numpy)";
        } catch (IOException e) {
            return "no python3 on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static double median(List<Timing> ts, boolean wall) {
        double[] v = ts.stream().mapToDouble(t -> wall ? t.wall() : t.cpu()).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(List<Timing> ts, boolean wall) {
        return ts.stream().mapToDouble(t -> wall ? t.wall() : t.cpu()).min().orElse(Double.NaN);
    }

    private static double max(List<Timing> ts, boolean wall) {
        return ts.stream().mapToDouble(t -> wall ? t.wall() : t.cpu()).max().orElse(Double.NaN);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * {@code write-inputs DIR ROWS}: writes the benchmark's input files with {@code ROWS} rows (the build uses
     * this to train the class-data-sharing archive on a small {@code hillmix metrics} run).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[0].equals("write-inputs")) {
            System.err.println("usage: MetricsCliBench write-inputs DIR ROWS");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        writeInputs(dir, Integer.parseInt(args[2]), 7L);
    }
}
