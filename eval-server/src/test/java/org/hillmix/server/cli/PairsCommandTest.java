package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hillmix.core.coverage.PairsCsv;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.NpyWriter;
import org.hillmix.core.mixup.Stimulus;
import org.hillmix.core.mixup.StimulusManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hillmix pairs} and {@code hillmix stimuli --pairs-file}, run in process. */
class PairsCommandTest {

    @TempDir
    Path tmp;

    /**
     * A data set of 24 tiny images in 8 classes (3 each) and their 6-D embeddings: the classes sit on a
     * circle of radius 10 (a hole in the middle), the three items of a class within 0.3 of their centre.
     */
    Path data() throws IOException {
        Path dir = tmp.resolve("data");
        Files.createDirectories(dir.resolve("img"));
        StringBuilder csv = new StringBuilder("id,label,file\n");
        double[][] emb = new double[24][6];
        for (int i = 0; i < 24; i++) {
            int c = i / 3;
            double a = 2 * Math.PI * c / 8;
            double r = 10 + 0.3 * (i % 3 - 1);
            emb[i][0] = r * Math.cos(a);
            emb[i][3] = r * Math.sin(a);
            emb[i][5] = 1;
            int[] v = new int[3 * 16];
            Arrays.fill(v, 10 * i);
            ImageCodec.writePng(ImageTensor.fromInts(3, 4, 4, v), dir.resolve("img/" + i + ".png"));
            csv.append("it").append(i).append(",c").append(c).append(",img/").append(i).append(".png\n");
        }
        Files.writeString(dir.resolve("index.csv"), csv);
        NpyWriter.writeDoubles(dir.resolve("emb.npy"), emb);
        return dir;
    }

    @Test
    void gapPairsCrossTheRingAndStimuliMixExactlyThem() throws IOException {
        Path d = data();
        Path pairs = tmp.resolve("pairs.csv");
        Path mapCsv = tmp.resolve("map.csv");
        CliRun r = run("pairs", "--items", d.resolve("index.csv").toString(), "--embeddings",
                d.resolve("emb.npy").toString(), "--strategy", "gaps", "--count", "4", "--grid", "8", "--map",
                mapCsv.toString(), "--out", pairs.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("explains 100.0% of the variance in 2-D; grid 8x8"), r.out());
        assertTrue(r.out().contains("pairs: wrote 4 pairs (strategy gaps) to "), r.out());
        List<PairsCsv.IdPair> read = PairsCsv.read(pairs);
        assertEquals(4, read.size());
        Set<Integer> classesPaired = new HashSet<>();
        for (PairsCsv.IdPair p : read) {
            int c1 = Integer.parseInt(p.id1().substring(2)) / 3;
            int c2 = Integer.parseInt(p.id2().substring(2)) / 3;
            assertNotEquals(c1, c2);
            classesPaired.add(c1);
        }
        // the first pair joins opposite classes (4 apart on the circle of 8): its path crosses the whole hole
        int c1 = Integer.parseInt(read.get(0).id1().substring(2)) / 3;
        int c2 = Integer.parseInt(read.get(0).id2().substring(2)) / 3;
        assertEquals(4, Math.abs(c1 - c2));
        assertTrue(Files.readString(mapCsv).startsWith("id,label,x,y,cell,cell_gap\nit0,c0,"));

        Path out = tmp.resolve("stimuli");
        r = run("stimuli", "--index", d.resolve("index.csv").toString(), "--pairs-file", pairs.toString(),
                "--lambdas", "0.5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<Stimulus> manifest = StimulusManifest.read(out.resolve(StimulusManifest.FILE_NAME));
        List<List<String>> mixed = new ArrayList<>();
        manifest.forEach(s -> mixed.add(List.of(s.id1(), s.id2())));
        List<List<String>> expected = new ArrayList<>();
        read.forEach(p -> expected.add(List.of(p.id1(), p.id2())));
        assertEquals(expected, mixed);
    }

    @Test
    void disagreementPairsFromProbabilityFiles() throws IOException {
        Path d = data();
        double[][] model = new double[24][2];
        double[][] human = new double[24][2];
        for (int i = 0; i < 24; i++) {
            model[i] = new double[] {1, 0};
            human[i] = new double[] {1, 0};
        }
        human[4] = new double[] {0.5, 0.5}; // class 1: people unsure, model sure
        human[20] = new double[] {0.6, 0.4}; // class 6
        NpyWriter.writeDoubles(tmp.resolve("m.npy"), model);
        NpyWriter.writeDoubles(tmp.resolve("h.npy"), human);
        Path pairs = tmp.resolve("pairs.csv");
        CliRun r = run("pairs", "--items", d.resolve("index.csv").toString(), "--model-probs",
                tmp.resolve("m.npy").toString(), "--human-probs", tmp.resolve("h.npy").toString(), "--strategy",
                "disagreement", "--count", "1", "--out", pairs.toString());
        assertEquals(0, r.exit(), r.err());
        List<PairsCsv.IdPair> read = PairsCsv.read(pairs);
        assertEquals(List.of("it4", "it20"), List.of(read.get(0).id1(), read.get(0).id2()));
    }

    @Test
    void badInputGetsOneSpecificLine() throws IOException {
        Path d = data();
        Path out = tmp.resolve("pairs.csv");
        assertLine(run("pairs", "--items", d.resolve("index.csv").toString(), "--embeddings",
                d.resolve("emb.npy").toString(), "--strategy", "holes", "--count", "3", "--out", out.toString()),
                "hillmix pairs: unknown --strategy 'holes'; valid strategies: gaps, disagreement");
        Files.writeString(tmp.resolve("report.json"), "{\"schema\": \"hillmix.report/1\"}");
        assertLine(run("pairs", "--report", tmp.resolve("report.json").toString(), "--strategy", "gaps", "--count", "3",
                "--out", out.toString()), "hillmix pairs: --report " + tmp.resolve("report.json") + ": reports (schema"
                        + " hillmix.report/1) do not carry per-item embeddings yet; give --embeddings NPY and --items CSV"
                        + " instead");
        NpyWriter.writeDoubles(tmp.resolve("short.npy"), new double[][] {{1, 2}, {3, 4}});
        assertLine(run("pairs", "--items", d.resolve("index.csv").toString(), "--embeddings",
                tmp.resolve("short.npy").toString(), "--strategy", "gaps", "--count", "3", "--out", out.toString()),
                "hillmix pairs: --embeddings " + tmp.resolve("short.npy") + ": 2 rows but --items lists 24 items");
        assertFalse(Files.exists(out));
        // a pairs file naming an id the data set lacks
        Files.writeString(tmp.resolve("bad.csv"), "id1,id2\nit1,nobody\n");
        CliRun r = run("stimuli", "--index", d.resolve("index.csv").toString(), "--pairs-file",
                tmp.resolve("bad.csv").toString(), "--lambdas", "0.5", "--out", tmp.resolve("s").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().strip().endsWith("hillmix stimuli: bad.csv line 2: id 'nobody' is not in the data set (24"
                + " items)"), r.err());
    }

    private static void assertLine(CliRun r, String line) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(List.of(line), r.err().strip().lines().toList());
    }
}
