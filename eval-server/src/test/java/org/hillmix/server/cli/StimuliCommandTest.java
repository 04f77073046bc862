package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.mixup.Stimulus;
import org.hillmix.core.mixup.StimulusManifest;
import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hillmix stimuli}, run in process. */
class StimuliCommandTest {

    @TempDir
    Path tmp;


    /** Three classes x two flat 4x4 RGB images; image values 10 * (1 + item number). */
    Path images() throws IOException {
        Path root = tmp.resolve("images");
        int k = 0;
        for (String c : List.of("bird", "cat", "dog")) {
            Files.createDirectories(root.resolve(c));
            for (int i = 0; i < 2; i++, k++) {
                int[] v = new int[48];
                Arrays.fill(v, 10 * (k + 1));
                ImageCodec.writePng(ImageTensor.fromInts(3, 4, 4, v), root.resolve(c + "/i" + i + ".png"));
            }
        }
        return root;
    }

    static long pngs(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).count();
        }
    }

    /**
     * Exit 2 and exactly one error line (progress lines "stimuli: ..." may come before it when the
     * problem shows only after loading the dataset).
     */
    static void assertBadInput(CliRun r, String expected) {
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("stimuli: ")).toList();
        assertEquals(1, lines.size(), "one error line on stderr: " + r.err());
        assertTrue(lines.get(0).contains(expected), lines.get(0));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = run("stimuli", "--help");
        assertEquals(0, r.exit());
        for (String o : List.of("--images", "--index", "--pairs", "--lambdas", "--beta", "--seed", "--out")) {
            assertTrue(r.out().contains(o), o + " missing from help: " + r.out());
        }
    }

    @Test
    void gridRunWritesPairsTimesLambdasWithProgressAndManifest() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = run("stimuli", "--images", images().toString(), "--pairs", "3", "--lambdas", "0.25, 0.5",
                "--seed", "7", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(6, pngs(out));
        assertTrue(r.err().contains("100%"), r.err());
        assertTrue(r.out().contains("wrote 6 images"), r.out());
        List<Stimulus> m = StimulusManifest.read(out.resolve("manifest.csv"));
        assertEquals(6, m.size());
        // 3 classes -> 3 class pairs, one image pair each
        Map<String, Integer> classPairs = new HashMap<>();
        for (Stimulus s : m) {
            assertTrue(s.class1().compareTo(s.class2()) < 0, s.toString());
            classPairs.merge(s.class1() + "+" + s.class2(), 1, Integer::sum);
            assertTrue(s.lambda() == 0.25 || s.lambda() == 0.5);
            assertTrue(s.file().startsWith("mixed_"), s.file());
        }
        assertEquals(Map.of("bird+cat", 2, "bird+dog", 2, "cat+dog", 2), classPairs);

        Path again = tmp.resolve("again");
        run("stimuli", "--images", images().toString(), "--pairs", "3", "--lambdas", "0.25,0.5", "--seed", "7",
                "--out", again.toString());
        assertEquals(Files.readString(out.resolve("manifest.csv")), Files.readString(again.resolve("manifest.csv")));
    }

    @Test
    void betaRunAndSeriesLayout() throws IOException {
        Path out = tmp.resolve("beta");
        CliRun r = run("stimuli", "--images", images().toString(), "--pairs", "4", "--beta", "0.4", "--draws", "2",
                "--out", out.toString(), "--layout", "series");
        assertEquals(0, r.exit(), r.err());
        assertEquals(8, pngs(out));
        for (Stimulus s : StimulusManifest.read(out.resolve("manifest.csv"))) {
            assertTrue(s.file().contains("/"), s.file());
        }
    }

    @Test
    void indexOfTheSharedCifarSubset() throws IOException {
        Path csv = SharedData.require("cifar10-test-subset/index.csv");
        Path out = tmp.resolve("cifar");
        CliRun r = run("stimuli", "--index", csv.toString(), "--pairs", "45", "--lambdas", "0.5", "--seed", "1",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<Stimulus> m = StimulusManifest.read(out.resolve("manifest.csv"));
        assertEquals(45, m.size());
        // 10 classes -> 45 class pairs, exactly one each
        assertEquals(45, m.stream().map(s -> s.class1() + "+" + s.class2()).distinct().count());
        ImageTensor first = ImageCodec.read(out.resolve(m.get(0).file()));
        assertEquals(3, first.channels());
        assertEquals(32, first.width());
    }

    @Test
    void badInputGivesExitTwoAndOneLine() throws IOException {
        String imgs = images().toString();
        String out = tmp.resolve("o").toString();
        assertBadInput(run("stimuli", "--images", tmp.resolve("nope").toString(), "--pairs", "2", "--lambdas", "0.5",
                "--out", out), "folder not found");
        assertBadInput(run("stimuli", "--index", tmp.resolve("nope.csv").toString(), "--pairs", "2", "--lambdas",
                "0.5", "--out", out), "file not found");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.1,abc", "--out", out),
                "'abc' is not a number");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.1,,0.2", "--out", out),
                "value 2 is empty");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.5,1.5", "--out", out),
                "outside [0, 1]");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.5", "--beta", "0.2", "--out",
                out), "mutually exclusive");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--out", out), "--lambdas");
        assertBadInput(run("stimuli", "--images", imgs, "--index", "x.csv", "--pairs", "2", "--lambdas", "0.5",
                "--out", out), "mutually exclusive");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--beta", "0", "--out", out), "> 0");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "0", "--lambdas", "0.5", "--out", out),
                "--pairs");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "x", "--lambdas", "0.5", "--out", out), "x");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.5", "--layout", "grid",
                "--out", out), "--layout");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "100", "--lambdas", "0.5", "--out", out),
                "distinct image pairs");
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertBadInput(run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.5", "--out",
                foreign.toString()), "--force");
        assertEquals(0, run("stimuli", "--images", imgs, "--pairs", "2", "--lambdas", "0.5", "--out",
                foreign.toString(), "--force").exit());
        assertEquals(2, pngs(foreign));
    }

    /**
     * Issue 8: progress lines must reach the terminal when they are printed, not with the next one: the line
     * announcing the images was only flushed by the generator's first progress line. Stderr here is a writer that
     * remembers where each flush happened.
     */
    @Test
    void eachProgressLineIsFlushedWhenPrinted() throws IOException {
        FlushPoints err = new FlushPoints();
        java.io.StringWriter out = new java.io.StringWriter();
        String[] args = {"stimuli", "--images", images().toString(), "--pairs", "3", "--lambdas", "0.5", "--out",
            tmp.resolve("flushed").toString()};
        int exit = HillmixMain.commandLineFor(args).setOut(new java.io.PrintWriter(out))
                .setErr(new java.io.PrintWriter(err)).execute(args);
        assertEquals(0, exit, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("stimuli: 6 images in 3 classes")), err.toString());
        int end = 0;
        for (String line : lines) {
            end += line.length() + System.lineSeparator().length();
            assertTrue(err.flushedAt.contains(end), "flushed right after '" + line + "': flushes at "
                    + err.flushedAt + " in\n" + err);
        }
    }

    /** A writer that records how many characters it held at each flush. */
    static final class FlushPoints extends java.io.Writer {
        private final StringBuilder text = new StringBuilder();
        final java.util.Set<Integer> flushedAt = new java.util.TreeSet<>();

        @Override
        public synchronized void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
        }

        @Override
        public synchronized void flush() {
            flushedAt.add(text.length());
        }

        @Override
        public void close() {
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
