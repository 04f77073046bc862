package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code hillmix mixing-summary}, run in process. */
class MixingSummaryCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;


    static final String HEADER = ",trial_type,subject,rt,responses,filename,task,mixtureCoeff,label1,label2\n";

    static String row(int i, String subject, int slider, int confidence, String file, String task, String lambda) {
        return i + ",multiple-slider," + subject + ",1000,\"{\"\"mixingcoeff\"\":" + slider + ",\"\"confidence\"\":"
                + confidence + "}\"," + file + "," + task + "," + lambda + ",Cat,Dog\n";
    }

    static final String A = "mixed_0.75_Cat_1_Dog_2.png";
    static final String B = "mixed_0.5_Cat_1_Dog_2.png";

    private Path smallCsv() throws IOException {
        Path f = tmp.resolve("infer.csv");
        Files.writeString(f, HEADER
                + "0,instructions,s1,5,,,,,,\n"
                + row(1, "s1", 20, 100, A, "rate_mixture", "0.75")
                + row(2, "s2", 40, 50, A, "rate_mixture", "0.75")
                + row(3, "s1", 50, 0, B, "rate_mixture", "0.5")
                + row(4, "s2", 100, 0, B, "rate_mixture", "0.5")
                + row(5, "s1", 30, 0, A, "rerun_rate_mixture", "0.75"));
        return f;
    }

    private static void assertDoubles(List<Double> expected, JsonNode array) {
        assertEquals(expected.size(), array.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), array.get(i).doubleValue(), 1e-12, "element " + i);
        }
    }

    /**
     * By hand. A: sliders 20, 40, 30 -> lambdas 0.8, 0.6, 0.7; confidences 1, 0.5, 0; mean 0.7;
     * population std sqrt((0.01 + 0.01 + 0) / 3); weighted (0.8 + 0.3 + 0) / 1.5 = 11/15.
     * B: sliders 50, 100 -> lambdas 0.5, 0; mean 0.25; std 0.25; confidences all 0 -> null.
     * Weighted re-label (sum c l / n): A (0.8 + 0.3 + 0) / 3 = 11/30, differences 0.75 - 0.7 and
     * 0.75 - 11/30; B 0, differences 0.25 and 0.5.
     */
    @Test
    void jsonByHand() throws IOException {
        Path out = tmp.resolve("summary.json");
        CliRun r = run("mixing-summary", "--hmix-infer", smallCsv().toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("2 stimuli from 5 answers by 2 participants"), r.err());
        assertTrue(r.err().contains("1 stimuli have only zero confidences"), r.err());
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals(List.of(B, A), iterable(root.fieldNames())); // sorted by name
        JsonNode a = root.get(A);
        assertEquals(0.75, a.get("true_lambda").doubleValue(), 0);
        assertEquals(3, a.get("n").intValue());
        assertDoubles(List.of(0.8, 0.6, 0.7), a.get("perceived_lambdas"));
        assertDoubles(List.of(1.0, 0.5, 0.0), a.get("confidences"));
        assertEquals(0.7, a.get("mean").doubleValue(), 1e-12);
        assertEquals(Math.sqrt(0.02 / 3), a.get("std").doubleValue(), 1e-12);
        assertEquals(11.0 / 15.0, a.get("confidence_weighted_mean").doubleValue(), 1e-12);
        assertEquals(11.0 / 30.0, a.get("weighted_relabel").doubleValue(), 1e-12);
        assertEquals(0.05, a.get("relabel_diff").doubleValue(), 1e-12);
        assertEquals(0.75 - 11.0 / 30.0, a.get("weighted_relabel_diff").doubleValue(), 1e-12);
        JsonNode b = root.get(B);
        assertEquals(0.0, b.get("weighted_relabel").doubleValue(), 0);
        assertEquals(0.25, b.get("relabel_diff").doubleValue(), 1e-12);
        assertEquals(0.5, b.get("weighted_relabel_diff").doubleValue(), 1e-12);
        assertEquals(0.25, b.get("mean").doubleValue(), 1e-12);
        assertEquals(0.25, b.get("std").doubleValue(), 1e-12);
        assertTrue(b.get("confidence_weighted_mean").isNull());
    }

    /** Without the repeat: A has lambdas 0.8, 0.6: mean 0.7, std 0.1, weighted 11/15. */
    @Test
    void csvWithoutRepeats() throws IOException {
        Path out = tmp.resolve("summary.csv");
        CliRun r = run("mixing-summary", "--hmix-infer", smallCsv().toString(), "--out", out.toString(), "--no-repeats");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("stimulus,true_lambda,n,mean,std,confidence_weighted_mean,weighted_relabel,relabel_diff,"
                + "weighted_relabel_diff,perceived_lambdas,confidences", lines.get(0));
        assertEquals(3, lines.size());
        String[] b = lines.get(1).split(",", -1);
        assertEquals(B, b[0]);
        assertEquals("", b[5]); // undefined weighted mean
        assertEquals(0.0, Double.parseDouble(b[6]), 0); // weighted re-label is defined: 0
        assertEquals("0.5;0.0", b[9]);
        String[] a = lines.get(2).split(",", -1);
        assertEquals(A, a[0]);
        assertEquals(0.75, Double.parseDouble(a[1]), 0);
        assertEquals("2", a[2]);
        assertEquals(0.7, Double.parseDouble(a[3]), 1e-12);
        assertEquals(0.1, Double.parseDouble(a[4]), 1e-12);
        assertEquals(11.0 / 15.0, Double.parseDouble(a[5]), 1e-12);
        // (0.8 x 1 + 0.6 x 0.5) / 2 = 0.55
        assertEquals(0.55, Double.parseDouble(a[6]), 1e-12);
        assertEquals(0.05, Double.parseDouble(a[7]), 1e-12);
        assertEquals(0.2, Double.parseDouble(a[8]), 1e-12);
        assertEquals("0.8;0.6", a[9]);
        assertEquals("1.0;0.5", a[10]);
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws IOException {
        Path out = tmp.resolve("o.json");
        CliRun missing = run("mixing-summary", "--hmix-infer", tmp.resolve("nope.csv").toString(), "--out",
                out.toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("input file not found"), missing.err());

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, HEADER + row(1, "s1", 20, 100, A, "rate_mixture", "0.75")
                + "2,multiple-slider,s2,1000,\"{\"\"mixingcoeff\"\":\"\"a lot\"\"}\"," + A + ",rate_mixture,0.75,Cat,Dog\n");
        CliRun r = run("mixing-summary", "--hmix-infer", bad.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.csv line 3, column 'responses'"), r.err());

        Path range = tmp.resolve("range.csv");
        Files.writeString(range, HEADER + row(1, "s1", 120, 100, A, "rate_mixture", "0.75"));
        r = run("mixing-summary", "--hmix-infer", range.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("range.csv line 2"), r.err());

        Path none = tmp.resolve("none.csv");
        Files.writeString(none, HEADER + "0,instructions,s1,5,,,,,,\n");
        r = run("mixing-summary", "--hmix-infer", none.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no mixing-factor answers"), r.err());

        r = run("mixing-summary", "--hmix-infer", smallCsv().toString(), "--out",
                tmp.resolve("no/such/dir/o.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not exist"), r.err());

        r = run("mixing-summary", "--out", out.toString());
        assertEquals(2, r.exit());
    }

    @Test
    void realFile() throws IOException {
        Path in = SharedData.require("hmix/hmix_infer_mixing_factor.csv");
        Path out = tmp.resolve("real.json");
        CliRun r = run("mixing-summary", "--hmix-infer", in.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(out.toFile());
        // 2,070 distinct file names over the 4,950 answer rows
        assertEquals(2070, root.size());
        int answers = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            assertTrue(e.getKey().startsWith("mixed_" + s.get("true_lambda").asText() + "_"), e.getKey());
            assertTrue(Set.of(0.1, 0.25, 0.5, 0.75, 0.9).contains(s.get("true_lambda").doubleValue()));
            int n = s.get("n").intValue();
            answers += n;
            assertEquals(n, s.get("perceived_lambdas").size());
            assertEquals(n, s.get("confidences").size());
            double mean = s.get("mean").doubleValue();
            assertTrue(mean >= 0 && mean <= 1, e.getKey() + " mean " + mean);
            double std = s.get("std").doubleValue();
            assertTrue(std >= 0 && std <= 0.5, e.getKey() + " std " + std);
            JsonNode w = s.get("confidence_weighted_mean");
            assertTrue(w.isNull() || w.doubleValue() >= 0 && w.doubleValue() <= 1, e.getKey() + " " + w);
        }
        assertEquals(4950, answers);
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
