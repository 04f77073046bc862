package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvReader;
import org.hillmix.core.internal.csv.CsvRecord;
import org.hillmix.core.labels.AggregatedLabel;
import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.AnswerFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LabelExportTest {

    @TempDir
    Path tmp;

    static final SoftLabelScheme S = SoftLabelScheme.CIFAR10S_PUBLISHED;
    static final ClassSet ABC = ClassSet.of("a", "b", "c");

    static List<AnnotatorLabel> labels() {
        Alteration alt = new Alteration("raw.csv line 9", "2", "u", "prob", "8p", "80", "typo");
        return List.of(
                new AnnotatorLabel("2", "u", new double[] {0.1, 0.2, 0.7}, S, Set.of(AnswerFlag.SECOND_ABOVE_TOP),
                        List.of(alt)),
                new AnnotatorLabel("1", "u", new double[] {1, 0, 0}, S, Set.of(), List.of()),
                new AnnotatorLabel("2", "v", new double[] {1.0 / 3, 2.0 / 3, 0}, S, Set.of(), List.of()));
    }

    @Test
    void cifar10sLayoutRoundTrips() throws IOException {
        Path f = tmp.resolve("labels.json");
        try (Writer w = Files.newBufferedWriter(f)) {
            Cifar10sLabelsFile.write(w, labels(), null);
        }
        String text = Files.readString(f);
        assertTrue(text.startsWith("{\"2\":[[0.1,0.2,0.7],[0.3333333333333333,0.6666666666666666,0.0]],\"1\":"), text);
        Map<String, List<double[]>> back = Cifar10sLabelsFile.read(f);
        assertEquals(List.of("2", "1"), List.copyOf(back.keySet()));
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3, 0}, back.get("2").get(1));
    }

    @Test
    void jsonLinesRoundTrips() throws IOException {
        Path f = tmp.resolve("labels.jsonl");
        try (Writer w = Files.newBufferedWriter(f)) {
            JsonLinesLabels.write(w, labels(), null);
        }
        List<String> lines = Files.readAllLines(f);
        assertEquals(3, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("2", first.get("item").asText());
        assertEquals("top2-clamp", first.get("scheme").asText());
        assertEquals(0.1, first.get("gamma").asDouble());
        assertEquals("SECOND_ABOVE_TOP", first.get("flags").get(0).asText());
        assertEquals("8p", first.get("alterations").get(0).get("original").asText());
        assertEquals(labels(), JsonLinesLabels.read(f));
    }

    @Test
    void aggregatedCsvAndJson() throws IOException {
        List<AggregatedLabel> agg = List.of(new AggregatedLabel("x,1", 2, new double[] {.75, .25, 0}, 0.5623351446188083));
        StringWriter csv = new StringWriter();
        AggregatedLabelFiles.writeCsv(csv, agg, ABC, null);
        try (CsvReader r = new CsvReader(new StringReader(csv.toString()), "agg.csv")) {
            assertEquals(List.of("item", "n_annotators", "p_a", "p_b", "p_c", "entropy"), r.next().fields());
            CsvRecord row = r.next();
            assertEquals(List.of("x,1", "2", "0.75", "0.25", "0.0", "0.5623351446188083"), row.fields());
        }
        StringWriter json = new StringWriter();
        AggregatedLabelFiles.writeJson(json, agg, ABC, null);
        JsonNode arr = new ObjectMapper().readTree(json.toString());
        assertEquals(1, arr.size());
        assertEquals("x,1", arr.get(0).get("item").asText());
        assertEquals(2, arr.get(0).get("n_annotators").asInt());
        assertEquals(0.25, arr.get(0).get("p_b").asDouble());
        assertEquals(0.5623351446188083, arr.get(0).get("entropy").asDouble());
    }
}
