package org.hillmix.core.project;

import org.hillmix.core.evaluation.DatasetKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectJsonTest {

    @TempDir
    Path dir;

    private static HillmixProject sample() {
        HillmixProject p = HillmixProject.create("Pilot study", ClassSet.CIFAR10,
                new DatasetLocation(DatasetKind.CIFAR_BINARY, "data/test_batch.bin"));
        p = p.withStimulusSet(new StimulusSet("pilot-mixes", "flat", 20, "grid:0.1,0.5,0.9", 7));
        Batch b = new Batch("pilot-ann1-1", "ann1", Protocol.MIXING_FACTOR, "pilot-mixes",
                List.of(new PlannedItem("a.png", false, false), new PlannedItem("b.png", false, false),
                        new PlannedItem("gold.png", false, true), new PlannedItem("a.png", true, false)));
        return p.withBatches(List.of(b));
    }

    @Test
    void roundTripKeepsEverything() throws IOException {
        HillmixProject p = sample();
        ProjectJson.write(dir, p);
        assertEquals(p, ProjectJson.read(dir));
        String text = Files.readString(dir.resolve(HillmixProject.DESCRIPTOR));
        assertTrue(text.contains("\"schema\" : \"hillmix.project/1\""), text);
        assertTrue(text.contains("\"a.png\""), "plain items are plain strings: " + text);
        assertEquals(List.of("ann1"), p.annotators(), "withBatches adds the batch's annotator");
    }

    @Test
    void newerSchemaIsRefusedNamingFileAndVersion() throws IOException {
        Files.writeString(dir.resolve(HillmixProject.DESCRIPTOR), "{\"schema\":\"hillmix.project/2\"}",
                StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ProjectJson.read(dir));
        assertTrue(e.getMessage().contains(HillmixProject.DESCRIPTOR) && e.getMessage().contains("hillmix.project/2")
                && e.getMessage().contains("hillmix.project/1"), e.getMessage());
    }

    @Test
    void badContentIsNamed() throws IOException {
        ProjectJson.write(dir, sample());
        Path file = dir.resolve(HillmixProject.DESCRIPTOR);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"protocol\" : \"mixing-factor\"", "\"protocol\" : \"mixing\""));
        IOException e = assertThrows(IOException.class, () -> ProjectJson.read(dir));
        assertTrue(e.getMessage().contains("batches[0]") && e.getMessage().contains("unknown protocol 'mixing'"),
                e.getMessage());
        Files.writeString(file, text.replace("\"layout\"", "\"lay_out\""));
        e = assertThrows(IOException.class, () -> ProjectJson.read(dir));
        assertTrue(e.getMessage().contains("stimulus_sets[0].lay_out"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> ProjectJson.read(dir.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("not a HILLmix project"), missing.getMessage());
    }

    @Test
    void crossReferencesAreChecked() {
        HillmixProject p = sample();
        Batch stray = new Batch("x-1", "ann1", Protocol.CATEGORICAL, "no-such-set",
                List.of(new PlannedItem("a.png", false, false)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.withBatches(List.of(stray)));
        assertTrue(e.getMessage().contains("no-such-set"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StimulusSet("../evil", "flat", 1, "grid:0.5", 1));
    }
}
