package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code hillmix labels}, run in process. */
class LabelsCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;


    static Path shared(String relative) {
        return SharedData.require(relative);
    }

    /** A tiny jsPsych export with one instruction row and two answer rows (one quoted comma in a text field). */
    static final String SMALL_RAW = ",trial_type,trial_index,subject,rt,response,task,img_id\n"
            + "0,instructions,0,s1,100.0,\"{\"\"note\"\":\"\"a, b\"\"}\",,\n"
            + "1,survey-html-form,1,s1,2000.4,\"{\"\"classSelect\"\":\"\"mostProbCat\"\",\"\"prob\"\":\"\"60\"\","
            + "\"\"classSelect2\"\":\"\"secondProbDog\"\",\"\"prob2\"\":\"\"20\"\",\"\"improbClassSelectTruck\"\":\"\"1\"\","
            + "\"\"improbClassSelectShip\"\":\"\"1\"\",\"\"improbClassSelectAirplane\"\":\"\"1\"\","
            + "\"\"improbClassSelectAutomobile\"\":\"\"1\"\"}\",spec_conf,12.0\n"
            + "2,survey-html-form,2,s2,1500,\"{\"\"classSelect\"\":\"\"mostProbCat\"\",\"\"prob\"\":\"\"0\"\","
            + "\"\"classSelect2\"\":\"\"secondProbNo\"\",\"\"prob2\"\":\"\"\"\"}\",rerun_spec_conf,12.0\n";

    @Test
    void smallRawFileToCifar10sLayout() throws IOException {
        Path in = tmp.resolve("raw.csv");
        Files.writeString(in, SMALL_RAW);
        Path out = tmp.resolve("labels.json");
        CliRun r = run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--scheme", "top2-clamp",
                "--redistribution", "0.1", "--cleaning", "cifar10s-study", "--format", "cifar10s", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals(List.of("12"), iterable(root.fieldNames()));
        JsonNode vectors = root.get("12");
        assertEquals(2, vectors.size());
        // s1: cat 60, dog 20, vehicles impossible: m = 0.8, d = 6 - 2 = 4 -> bird, deer, frog, horse 0.05
        assertVector(new double[] {0, 0, .05, .6, .05, .2, .05, .05, 0, 0}, vectors.get(0));
        // s2: prob 0 read as 100 by the study policy, nothing impossible: m = 1, d = 10 - 1 = 9,
        // so cat is damped to 0.9 and the 9 other classes get 0.1 / 9
        double ninth = .1 / 9;
        assertVector(new double[] {ninth, ninth, ninth, .9, ninth, ninth, ninth, ninth, ninth, ninth}, vectors.get(1));
        assertTrue(r.err().contains("2 labels for 1 items"), r.err());
        assertTrue(r.err().contains("skipped rows: instructions 1"), r.err());
        assertTrue(r.err().contains("alterations: 1"), r.err());
        assertTrue(r.err().contains("raw.csv line 4"), r.err());
    }

    @Test
    void defaultCleaningFlagsInsteadOfAltering() throws IOException {
        Path in = tmp.resolve("raw.csv");
        Files.writeString(in, SMALL_RAW);
        Path out = tmp.resolve("labels.jsonl");
        CliRun r = run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--scheme", "top1-clamp",
                "--format", "jsonl", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("s2", second.get("annotator").asText());
        assertEquals("TOP_PROBABILITY_ZERO", second.get("flags").get(0).asText());
        assertEquals(0, second.get("alterations").size());
        assertEquals("top1-clamp", second.get("scheme").asText());
        // top prob 0, nothing impossible, top-1 clamp: 1/10 everywhere
        assertVector(new double[] {.1, .1, .1, .1, .1, .1, .1, .1, .1, .1}, second.get("label"));
        assertTrue(r.err().contains("flagged answers: TOP_PROBABILITY_ZERO 1"), r.err());
        assertTrue(r.err().contains("alterations: 0"), r.err());
    }

    @Test
    void badInputGivesExitTwoAndOneLine() throws IOException {
        Path in = tmp.resolve("raw.csv");
        Files.writeString(in, SMALL_RAW);
        Path out = tmp.resolve("o.json");
        assertOneLineError(run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--scheme", "top3-clamp",
                "--out", out.toString()), "unknown soft-label scheme 'top3-clamp'");
        assertOneLineError(run("labels", "--from", "mnist", "--input", in.toString(), "--out", out.toString()),
                "unknown --from 'mnist'");
        assertOneLineError(run("labels", "--from", "cifar10s-raw", "--input", tmp.resolve("none.csv").toString(),
                "--out", out.toString()), "file not found");
        assertOneLineError(run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--redistribution", "2",
                "--out", out.toString()), "gamma must be in [0, 1]");
        assertOneLineError(run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--format", "xml",
                "--out", out.toString()), "unknown --format 'xml'");
        // top2-none on cat 0 with no second class gives no label: the row is named
        CliRun none = run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--scheme", "top2-none",
                "--out", out.toString());
        assertOneLineError(none, "raw.csv line 4");
        assertTrue(none.err().contains("--cleaning cifar10s-study"), none.err());
        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, "trial_type,subject,rt,response,task,img_id\nx,s,1,\"open,spec_conf,1\n");
        assertOneLineError(run("labels", "--from", "cifar10s-raw", "--input", broken.toString(), "--out",
                out.toString()), "broken.csv line 2, column 7: quoted field is never closed");
        assertFalse(Files.exists(out), "nothing is written on bad input");
        assertOneLineError(run("labels", "--input", in.toString(), "--out", out.toString()), "--from");
    }

    static void assertOneLineError(CliRun r, String fragment) {
        assertEquals(2, r.exit(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected: " + err);
        assertTrue(err.contains(fragment), err);
    }

    @Test
    void publishedCifar10sLabelsFromTheParsedAnswers() throws IOException {
        Path in = shared("cifar10s/human_soft_labels_data.json");
        Path published = shared("cifar10s/cifar10s_t2clamp_redist10.json");
        Path out = tmp.resolve("t2clamp.json");
        CliRun r = run("labels", "--from", "cifar10s-json", "--input", in.toString(), "--scheme", "top2-clamp",
                "--redistribution", "0.1", "--format", "cifar10s", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("6723 labels for 1000 items"), r.err());
        assertEquals(6_723, compareAsMultisets(JSON.readTree(out.toFile()), JSON.readTree(published.toFile())));
    }

    @Test
    void rawCsvWithStudyCleaningReproducesThePublishedLabels() throws IOException {
        Path in = shared("cifar10s/raw_human_data.csv");
        Path published = shared("cifar10s/cifar10s_t2clamp_redist10.json");
        Path out = tmp.resolve("t2clamp.json");
        CliRun r = run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--scheme", "top2-clamp",
                "--redistribution", "0.1", "--cleaning", "cifar10s-study", "--format", "cifar10s", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("alterations: 8"), r.err());
        assertTrue(r.err().contains("skipped rows: external-html 249, instructions 511, pavlovia 251, preload 249,"
                + " survey-multi-choice 262, survey-text 249"), r.err());
        assertEquals(6_723, compareAsMultisets(JSON.readTree(out.toFile()), JSON.readTree(published.toFile())));

        CliRun dflt = run("labels", "--from", "cifar10s-raw", "--input", in.toString(), "--out", out.toString());
        assertOneLineError(dflt, "raw_human_data.csv line 42");
    }

    @Test
    void hmixCategoricalKeyedByStimulusFile() throws IOException {
        Path in = shared("hmix/hmix_categorical_soft_labels.csv");
        Path out = tmp.resolve("hmix.csv");
        CliRun r = run("labels", "--from", "hmix-categorical", "--input", in.toString(), "--format", "aggregated-csv",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(101, lines.size(), "header + 100 stimuli");
        assertEquals("item,n_annotators,p_airplane,p_automobile,p_bird,p_cat,p_deer,p_dog,p_frog,p_horse,p_ship,"
                + "p_truck,entropy", lines.get(0));
        assertTrue(lines.get(1).startsWith("mixed_0.75_Airplane_3497_Ship_8913.png,"), lines.get(1));
        assertTrue(r.err().contains("216 labels for 100 items"), r.err());
    }

    /**
     * {@code --scheme hmix-published}: the published H-Mix rule. The first answer of the file
     * (71ktrmpcv3we1b7 on mixed_0.75_Airplane_3497_Ship_8913: airplane 60, frog 20, five classes
     * impossible) gives the same label under both rules (m < 1); the second (horse 100 alone, seven
     * impossible) is divided by 1.1 under hmix-published and damped to 0.9 under top2-clamp.
     */
    @Test
    void hmixPublishedSchemeFromTheCommandLine() throws IOException {
        Path in = shared("hmix/hmix_categorical_soft_labels.csv");
        Path out = tmp.resolve("hmix.json");
        CliRun r = run("labels", "--from", "hmix-categorical", "--input", in.toString(), "--scheme",
                "hmix-published", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("scheme hmix-published, gamma 0.1"), r.err());
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals(100, root.size());
        double third = .2 / 3;
        assertVector(new double[] {.6, third, third, 0, 0, 0, .2, 0, third, 0},
                root.get("mixed_0.75_Airplane_3497_Ship_8913.png").get(0));
        assertVector(new double[] {0, 0, 0, 0, .05 / 1.1, .05 / 1.1, 0, 1 / 1.1, 0, 0},
                root.get("mixed_0.5_Horse_3327_Ship_9834.png").get(0));
        CliRun bad = run("labels", "--from", "hmix-categorical", "--input", in.toString(), "--scheme",
                "hmix", "--out", out.toString());
        assertOneLineError(bad, "hmix-published");
    }

    /** Returns the number of matched vectors; fails on any mismatch above 1e-9. */
    static int compareAsMultisets(JsonNode mine, JsonNode published) {
        assertEquals(iterable(published.fieldNames()).stream().sorted().toList(),
                iterable(mine.fieldNames()).stream().sorted().toList());
        int matched = 0;
        for (Map.Entry<String, JsonNode> e : iterableEntries(published.fields())) {
            List<JsonNode> remaining = new ArrayList<>();
            mine.get(e.getKey()).forEach(remaining::add);
            assertEquals(e.getValue().size(), remaining.size(), "item " + e.getKey());
            for (JsonNode p : e.getValue()) {
                int best = -1;
                double bestErr = Double.POSITIVE_INFINITY;
                for (int i = 0; i < remaining.size(); i++) {
                    double err = 0;
                    for (int c = 0; c < p.size(); c++) {
                        err = Math.max(err, Math.abs(p.get(c).asDouble() - remaining.get(i).get(c).asDouble()));
                    }
                    if (err < bestErr) {
                        bestErr = err;
                        best = i;
                    }
                }
                if (bestErr >= 1e-9) {
                    fail("item " + e.getKey() + ": no match for " + p + " (closest " + bestErr + ")");
                }
                remaining.remove(best);
                matched++;
            }
        }
        return matched;
    }

    static void assertVector(double[] expected, JsonNode actual) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i).asDouble(), 1e-12, "entry " + i + " of " + actual);
        }
    }

    static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    static <T> List<T> iterableEntries(Iterator<T> it) {
        return iterable(it);
    }
}
