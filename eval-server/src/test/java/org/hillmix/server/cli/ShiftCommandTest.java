package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.data.IndexCsvReader;
import org.hillmix.core.shift.ShiftSuite;
import org.hillmix.core.shift.ShiftedDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hillmix shift} and {@code hillmix shifts}, run in process. */
class ShiftCommandTest {

    @TempDir
    Path tmp;

    /** An index CSV over four 6x6 images of two classes. */
    Path index() throws IOException {
        Path dir = tmp.resolve("data");
        Files.createDirectories(dir.resolve("img"));
        StringBuilder csv = new StringBuilder("id,label,file\n");
        for (int i = 0; i < 4; i++) {
            int[] v = new int[3 * 36];
            for (int k = 0; k < v.length; k++) {
                v[k] = (40 * i + 7 * k) % 256;
            }
            ImageCodec.writePng(ImageTensor.fromInts(3, 6, 6, v), dir.resolve("img/" + i + ".png"));
            csv.append("item").append(i).append(',').append(i % 2 == 0 ? "cat" : "dog").append(",img/").append(i)
                    .append(".png\n");
        }
        Files.writeString(dir.resolve("index.csv"), csv);
        return dir.resolve("index.csv");
    }

    static void assertBadInput(CliRun r, String expectedLine) {
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(List.of(expectedLine), lines);
    }

    @Test
    void writesAShiftedCopyThatReadsBackWithTheSameIndex() throws IOException {
        Path csv = index();
        Path out = tmp.resolve("out");
        CliRun r = run("shift", "--data", csv.toString(), "--shift", "fog", "--severity", "4", "--seed", "3",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("shift: wrote 4 images shifted by fog at severity 4 (a = 1.0, wibble decay"
                + " d = 2.0; seed 3), index.csv and shift.json to "), r.out());
        assertEquals(Files.readString(csv), Files.readString(out.resolve("index.csv")));
        InMemoryImageDataset original = IndexCsvReader.read(csv, null, null);
        InMemoryImageDataset shifted = IndexCsvReader.read(out.resolve("index.csv"), null, null);
        ShiftedDataset expected = new ShiftedDataset(original, ShiftSuite.byName("fog"), 4, 3);
        for (int i = 0; i < 4; i++) {
            assertEquals(original.id(i), shifted.id(i));
            assertEquals(original.label(i), shifted.label(i));
            assertTrue(Arrays.equals(expected.image(i).toBytes(), shifted.image(i).toBytes()), original.id(i));
        }
    }

    @Test
    void unknownShiftIsRefusedListingTheValidOnes() throws IOException {
        CliRun r = run("shift", "--data", index().toString(), "--shift", "snow", "--severity", "2", "--out",
                tmp.resolve("out").toString());
        assertBadInput(r, "hillmix shift: unknown shift 'snow'; valid shifts: " + String.join(", ", ShiftSuite.names()));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void severityOutsideOneToFiveIsRefusedListingTheValidOnes() throws IOException {
        for (String bad : List.of("0", "6")) {
            CliRun r = run("shift", "--data", index().toString(), "--shift", "jpeg", "--severity", bad, "--out",
                    tmp.resolve("out").toString());
            assertBadInput(r, "hillmix shift: severity " + bad + " is outside 1-5; valid severities: 1, 2, 3, 4, 5"
                    + " (1 mildest)");
        }
        CliRun r = run("shift", "--data", index().toString(), "--shift", "jpeg", "--severity", "high", "--out",
                tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'high' is not an int"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void missingDataAndNonEmptyOutputAreRefused() throws IOException {
        CliRun r = run("shift", "--data", tmp.resolve("nope").toString(), "--shift", "jpeg", "--severity", "1", "--out",
                tmp.resolve("out").toString());
        assertBadInput(r, "hillmix shift: data " + tmp.resolve("nope") + " not found; give an image folder"
                + " (DIR/<class>/<image>) or an index CSV");
        Path out = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(out.resolve("x.txt"), "x");
        r = run("shift", "--data", index().toString(), "--shift", "jpeg", "--severity", "1", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not empty (e.g. 'x.txt')"), r.err());
    }

    @Test
    void stimuliOfShiftedImagesMixTheShiftedEndPointsAndRecordTheShift() throws IOException {
        Path csv = index();
        Path out = tmp.resolve("stim");
        CliRun r = run("stimuli", "--index", csv.toString(), "--pairs", "2", "--lambdas", "0.5", "--shift", "contrast",
                "--severity", "5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("seed 0, shifted by contrast 5)"), r.out());
        InMemoryImageDataset original = IndexCsvReader.read(csv, null, null);
        ShiftedDataset shifted = new ShiftedDataset(original, ShiftSuite.byName("contrast"), 5, 0);
        for (org.hillmix.core.mixup.Stimulus s : org.hillmix.core.mixup.StimulusManifest.read(
                out.resolve("manifest.csv"))) {
            ImageTensor expected = org.hillmix.core.mixup.PixelMixer.mix(
                    ImageTensor.fromBytes(3, 6, 6, shifted.image(shifted.indexOf(s.id1())).toBytes()),
                    ImageTensor.fromBytes(3, 6, 6, shifted.image(shifted.indexOf(s.id2())).toBytes()), 0.5);
            assertEquals(expected, ImageCodec.read(out.resolve(s.file())), s.file());
            assertFalse(s.file().contains("contrast"), "file names do not reveal the shift");
        }
        String record = Files.readString(out.resolve("shift.json"));
        assertTrue(record.contains("\"shift\" : \"contrast\"") && record.contains("\"stimuli\" : \"manifest.csv\""),
                record);
        // an unshifted update of the same folder removes the record
        r = run("stimuli", "--index", csv.toString(), "--pairs", "2", "--lambdas", "0.5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("shift.json")));
        // refusals before anything is read
        r = run("stimuli", "--index", csv.toString(), "--pairs", "2", "--lambdas", "0.5", "--shift", "contrast",
                "--out", tmp.resolve("s2").toString());
        assertBadInput(r, "hillmix stimuli: --shift contrast needs --severity 1-5");
        r = run("stimuli", "--index", csv.toString(), "--pairs", "2", "--lambdas", "0.5", "--shift", "blurry",
                "--severity", "2", "--out", tmp.resolve("s2").toString());
        assertBadInput(r, "hillmix stimuli: unknown shift 'blurry'; valid shifts: " + String.join(", ",
                ShiftSuite.names()));
        r = run("stimuli", "--index", csv.toString(), "--pairs", "2", "--lambdas", "0.5", "--shift", "fog",
                "--severity", "9", "--out", tmp.resolve("s2").toString());
        assertBadInput(r, "hillmix stimuli: severity 9 is outside 1-5; valid severities: 1, 2, 3, 4, 5 (1 mildest)");
        assertFalse(Files.exists(tmp.resolve("s2")));
    }

    @Test
    void shiftsListsEveryShiftWithFiveSeveritiesAndDrawsAGrid() throws IOException {
        CliRun r = run("shifts");
        assertEquals(0, r.exit(), r.err());
        for (String name : ShiftSuite.names()) {
            assertTrue(r.out().contains("\n" + name + " (") || r.out().startsWith(name + " ("), name);
        }
        assertTrue(r.out().contains("gaussian-noise (noise): additive Gaussian noise per value; Hendrycks and"
                + " Dietterich, ICLR 2019 (CIFAR-10-C parameters)\n  1: sigma = 0.04\n"), r.out());
        Path png = tmp.resolve("grid.png");
        Path img = tmp.resolve("data/img/1.png");
        index();
        r = run("shifts", "--grid", img.toString(), "--out", png.toString(), "--zoom", "2");
        assertEquals(0, r.exit(), r.err());
        java.awt.image.BufferedImage grid = ImageIO.read(png.toFile());
        assertEquals(150 + 6 * (12 + 4), grid.getWidth());
        assertEquals(22 + ShiftSuite.all().size() * (12 + 4), grid.getHeight());
    }
}
