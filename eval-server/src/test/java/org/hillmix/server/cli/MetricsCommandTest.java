package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyDtype;
import org.hillmix.core.data.NpyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code hillmix metrics}, run in process on .npy files written by {@link NpyWriter}. */
class MetricsCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final double EPS = 1e-12;

    @TempDir
    Path tmp;


    /** The worked example of docs/metrics.md and MetricsWorkedExampleTest (4 examples, 3 classes). */
    static final double[][] P = {{0.7, 0.2, 0.1}, {0.3, 0.6, 0.1}, {0.2, 0.3, 0.5}, {0.1, 0.1, 0.8}};
    static final long[] Y = {0, 0, 0, 2};

    Path doubles(String name, double[][] m) throws IOException {
        Path f = tmp.resolve(name);
        NpyWriter.writeDoubles(f, m);
        return f;
    }

    Path longs(String name, long... v) throws IOException {
        Path f = tmp.resolve(name);
        NpyWriter.writeLongs(f, v, v.length);
        return f;
    }

    static void assertBadInput(CliRun r, String... fragments) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        String line = r.err().strip();
        assertFalse(line.isEmpty());
        assertFalse(line.contains("\n"), "one line expected: " + r.err());
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + f + "' missing from: " + line);
        }
    }

    @Test
    void workedExample() throws IOException {
        CliRun r = run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels", longs("y.npy", Y).toString(),
                "--bins", "5");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(4, j.get("n").asInt());
        assertEquals(3, j.get("classes").asInt());
        assertEquals(0.5, j.get("accuracy").asDouble(), EPS);
        assertEquals(0.75, j.get("top2_accuracy").asDouble(), EPS);
        assertEquals(1.0 / 3, j.get("worst_class_accuracy").asDouble(), EPS);
        // -(ln .7 + ln .3 + ln .2 + ln .8)/4 = 0.848307
        assertEquals(0.848307, j.get("nll").asDouble(), 1e-6);
        assertEquals(0.51, j.get("brier").asDouble(), EPS); // (0.14 + 0.86 + 0.98 + 0.06)/4
        // bins (.4,.6]: .6 .5 wrong -> gap .55; (.6,.8]: .7 .8 right -> gap .25; ECE .4, MCE .55
        assertEquals(0.4, j.get("ece").asDouble(), EPS);
        assertEquals(0.55, j.get("mce").asDouble(), EPS);
        // 5 equal-mass bins of 4 examples: sizes 1,1,1,1,0: (.5 + .6 + .3 + .2)/4 = .4
        assertEquals(0.4, j.get("ece_equal_mass").asDouble(), EPS);
        // the same equal-mass bins hold one example each: the debiased estimator counts only bins of two or more
        assertEquals(0.0, j.get("debiased_squared_ece").asDouble(), 0);
        assertEquals(0.0, j.get("debiased_ece").asDouble(), 0);
        assertEquals(0.95 / 3, j.get("classwise_ece").asDouble(), EPS); // (.425 + .3 + .225)/3
        assertEquals(0.15, j.get("rms_calibration_error").asDouble(), EPS); // one bin: |.65 - .5|
        JsonNode rel = j.get("reliability");
        assertEquals(5, rel.size());
        assertEquals(0, rel.get(0).get("count").asInt());
        assertTrue(rel.get(0).get("mean_confidence").isNull());
        assertTrue(rel.get(0).get("accuracy").isNull());
        assertEquals(0.4, rel.get(2).get("lower").asDouble(), 0);
        assertEquals(0.6, rel.get(2).get("upper").asDouble(), 0);
        assertEquals(2, rel.get(2).get("count").asInt());
        assertEquals(0.55, rel.get(2).get("mean_confidence").asDouble(), EPS);
        assertEquals(0.0, rel.get(2).get("accuracy").asDouble(), 0);
        assertEquals(1.0, rel.get(3).get("accuracy").asDouble(), 0);
        assertFalse(j.has("cross_entropy_to_targets"));
        assertFalse(j.has("entropy_correlation"));
    }

    @Test
    void defaultBinsAndRmsBinSize() throws IOException {
        CliRun r = run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels", longs("y.npy", Y).toString(),
                "--rms-bin-size", "2");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(15, j.get("bins").asInt());
        assertEquals(15, j.get("reliability").size());
        // bins {.5,.6} and {.7,.8}: sqrt(.5 * .55^2 + .5 * .25^2) = sqrt(.1825)
        assertEquals(Math.sqrt(0.1825), j.get("rms_calibration_error").asDouble(), EPS);
        assertEquals(2, j.get("rms_bin_size").asInt());
    }

    @Test
    void debiasedCalibrationErrorWithTwoEqualMassBins() throws IOException {
        CliRun r = run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels", longs("y.npy", Y).toString(),
                "--bins", "2");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // bins {.5, .6 wrong}: acc 0, conf .55 -> .55^2 - 0; {.7, .8 right}: acc 1, conf .75 -> .25^2 - 0;
        // D = .5 (.3025 + .0625) = .1825 (no variance term: each bin's accuracy is 0 or 1)
        assertEquals(0.1825, j.get("debiased_squared_ece").asDouble(), EPS);
        assertEquals(Math.sqrt(0.1825), j.get("debiased_ece").asDouble(), EPS);
    }

    @Test
    void softTargets() throws IOException {
        // three two-class rows (SoftTargetMetricsTest): p = (.5,.5) (.8,.2) (.9,.1), t = (1,0) (.5,.5) (.9,.1)
        Path p = doubles("p.npy", new double[][] {{.5, .5}, {.8, .2}, {.9, .1}});
        Path t = doubles("t.npy", new double[][] {{1, 0}, {.5, .5}, {.9, .1}});
        CliRun r = run("metrics", "--probs", p.toString(), "--labels", longs("y.npy", 0, 0, 0).toString(), "--targets",
                t.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // (.693147 + .916291 + .325083)/3
        assertEquals(0.644840, j.get("cross_entropy_to_targets").asDouble(), 1e-6);
        assertEquals(0.305430, j.get("kl_to_targets").asDouble(), 1e-6);
        assertEquals(0.088811, j.get("js_to_targets").asDouble(), 1e-6);
        assertEquals(1.6 / 3, j.get("l1_to_targets").asDouble(), EPS);
        assertEquals(-0.49266, j.get("entropy_correlation").asDouble(), 2e-5);
    }

    @Test
    void undefinedCorrelationIsNull() throws IOException {
        Path p = doubles("p.npy", new double[][] {{.5, .5}, {.8, .2}});
        Path t = doubles("t.npy", new double[][] {{1, 0}, {0, 1}}); // all human entropies 0
        CliRun r = run("metrics", "--probs", p.toString(), "--labels", longs("y.npy", 0, 1).toString(), "--targets",
                t.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(JSON.readTree(r.out()).get("entropy_correlation").isNull());
    }

    @Test
    void float32ProbabilitiesWithRenormalise() throws IOException {
        // float32 (.7, .2, .1) sums to 1.0000000149; with one row at 1 + 2e-6 the strict check fails
        float[] v = {0.7f, 0.2f, 0.1f, 0.5f, 0.500002f, 0f};
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        Path p = tmp.resolve("p32.npy");
        NpyWriter.write(p, new NpyArray(NpyDtype.FLOAT32, ByteOrder.LITTLE_ENDIAN, new int[] {2, 3}, b));
        Path y = longs("y.npy", 0, 0);
        assertBadInput(run("metrics", "--probs", p.toString(), "--labels", y.toString()), "p32.npy",
                "probabilities row 1 sums to");
        CliRun r = run("metrics", "--probs", p.toString(), "--labels", y.toString(), "--renormalise");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // row 0 predicts its label 0; row 1 predicts class 1 (.500002 > .5), not its label 0
        assertEquals(0.5, j.get("accuracy").asDouble(), 0);
    }

    @Test
    void missingFile() throws IOException {
        CliRun r = run("metrics", "--probs", tmp.resolve("nope.npy").toString(), "--labels",
                longs("y.npy", Y).toString());
        assertBadInput(r, "--probs file not found", "nope.npy");
    }

    @Test
    void mismatchedShapes() throws IOException {
        Path p = doubles("p.npy", P);
        assertBadInput(run("metrics", "--probs", p.toString(), "--labels", longs("y3.npy", 0, 0, 0).toString()),
                "y3.npy has 3 labels but p.npy has 4 rows");
        Path t = doubles("t.npy", new double[][] {{1, 0}, {1, 0}, {1, 0}, {1, 0}});
        assertBadInput(run("metrics", "--probs", p.toString(), "--labels", longs("y.npy", Y).toString(), "--targets",
                t.toString()), "t.npy has shape (4, 2) float64 but p.npy has shape (4, 3)");
        Path y2 = tmp.resolve("y2d.npy");
        NpyWriter.writeLongs(y2, Y, 4, 1);
        assertBadInput(run("metrics", "--probs", p.toString(), "--labels", y2.toString()),
                "y2d.npy: labels must be a 1-D integer array", "(4, 1)");
        Path yf = tmp.resolve("yf.npy");
        NpyWriter.writeDoubles(yf, new double[] {0, 0, 0, 2}, 4);
        assertBadInput(run("metrics", "--probs", p.toString(), "--labels", yf.toString()), "yf.npy", "float64",
                "astype(np.int64)");
        Path p1 = tmp.resolve("p1d.npy");
        NpyWriter.writeDoubles(p1, new double[] {.5, .5}, 2);
        assertBadInput(run("metrics", "--probs", p1.toString(), "--labels", longs("y.npy", 0, 1).toString()),
                "p1d.npy: probabilities must be a 2-D float array");
    }

    @Test
    void labelsOutOfRange() throws IOException {
        CliRun r = run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels",
                longs("y.npy", 0, 3, 0, 2).toString());
        assertBadInput(r, "y.npy: label of row 1 is 3", "0..2");
        assertBadInput(run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels",
                longs("y.npy", 0, 0, -1, 2).toString()), "label of row 2 is -1");
    }

    @Test
    void invalidProbabilitiesAndOptions() throws IOException {
        double[][] bad = {{0.7, 0.2, 0.1}, {0.3, Double.NaN, 0.1}};
        assertBadInput(run("metrics", "--probs", doubles("bad.npy", bad).toString(), "--labels",
                longs("y.npy", 0, 0).toString()), "bad.npy: probabilities row 1, class 1 is NaN");
        assertBadInput(run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels",
                longs("y.npy", Y).toString(), "--bins", "0"), "--bins must be between 1 and 10000");
        Path t = doubles("t.npy", new double[][] {{1, 0, 0}, {1, 0, 0}, {.5, .6, 0}, {1, 0, 0}});
        assertBadInput(run("metrics", "--probs", doubles("p.npy", P).toString(), "--labels",
                longs("y.npy", Y).toString(), "--targets", t.toString()), "t.npy: targets row 2 sums to 1.1");
        assertBadInput(run("metrics", "--labels", longs("y.npy", Y).toString()), "--probs");
    }
}
