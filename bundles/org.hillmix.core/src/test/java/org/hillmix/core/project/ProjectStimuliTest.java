package org.hillmix.core.project;

import org.hillmix.core.evaluation.DatasetKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generating stimulus sets into a project, reading them back as items, and cancelling. */
class ProjectStimuliTest {

    @TempDir
    Path project;

    private HillmixProject p;

    @BeforeEach
    void imageFolderProject() throws IOException {
        for (String cls : List.of("cat", "dog")) {
            Path dir = Files.createDirectories(project.resolve("images").resolve(cls));
            for (int i = 0; i < 3; i++) {
                byte[] px = new byte[3 * 8 * 8];
                java.util.Arrays.fill(px, (byte) (cls.equals("cat") ? 40 + i : 200 - i));
                ImageCodec.writePng(ImageTensor.fromBytes(3, 8, 8, px), dir.resolve(cls + i + ".png"));
            }
        }
        p = HillmixProject.create("t", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        ProjectJson.write(project, p);
    }

    @Test
    void flatSetGivesOneItemPerImageWithClassAttributes() throws IOException {
        AtomicLong worked = new AtomicLong();
        ProgressMonitor counting = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                assertEquals(10, totalWork);
            }

            @Override
            public void worked(long units) {
                worked.addAndGet(units);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        HillmixProject updated = ProjectStimuli.generate(project, p, "mix", false, 2, LambdaSampler.grid(0.25, 0.75),
                3, false, counting);
        assertEquals(10, worked.get(), "the sub-tasks' progress adds up to the whole");
        assertEquals(updated, ProjectJson.read(project), "descriptor written");
        assertEquals("grid:0.25,0.75", updated.stimulusSet("mix").orElseThrow().lambdas());
        List<StimulusItem> items = StimulusItem.read(HillmixProject.stimulusFolder(project, "mix"), false);
        assertEquals(4, items.size());
        for (StimulusItem i : items) {
            assertTrue(Files.isRegularFile(i.image()), i.image().toString());
            assertTrue(List.of("cat", "dog").contains(i.attributes().get("class1")));
            assertTrue(List.of("0.25", "0.75").contains(i.attributes().get("mixtureCoeff")));
            assertTrue(i.frames().isEmpty());
        }
    }

    @Test
    void seriesSetGivesElevenFramesPerPair() throws IOException {
        ProjectStimuli.generate(project, p, "series", true, 2, LambdaSampler.grid(0.5), 1, false, null);
        List<StimulusItem> items = StimulusItem.read(HillmixProject.stimulusFolder(project, "series"), true);
        assertEquals(2, items.size());
        for (StimulusItem i : items) {
            assertEquals(11, i.frames().size());
            assertEquals(i.frames().get(5), i.image());
            assertTrue(i.frames().get(0).getFileName().toString().endsWith("_0.0.png"), i.frames().get(0).toString());
            assertTrue(i.frames().get(10).getFileName().toString().endsWith("_1.0.png"));
        }
    }

    @Test
    void cancellingLeavesTheProjectAsItWas() throws IOException {
        String before = Files.readString(project.resolve(HillmixProject.DESCRIPTOR));
        List<Long> calls = new ArrayList<>();
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                calls.add(units);
            }

            @Override
            public boolean isCancelled() {
                return calls.size() > 3;
            }
        };
        assertThrows(OperationCancelledException.class, () -> ProjectStimuli.generate(project, p, "big", false, 3,
                LambdaSampler.grid(0.1, 0.2, 0.3, 0.4), 1, false, cancelSoon));
        assertEquals(before, Files.readString(project.resolve(HillmixProject.DESCRIPTOR)));
        Path folder = HillmixProject.stimulusFolder(project, "big");
        assertFalse(Files.exists(folder.resolve("manifest.csv")), "no manifest of a cancelled set");
    }

    @Test
    void idxLabelFileIsFoundByTheMnistNaming() throws IOException {
        Path images = Files.createFile(project.resolve("t10k-images-idx3-ubyte"));
        Files.createFile(project.resolve("t10k-labels-idx1-ubyte"));
        assertEquals(project.resolve("t10k-labels-idx1-ubyte"), ProjectDatasets.idxLabels(images));
        Path odd = Files.createFile(project.resolve("pixels.bin"));
        IOException e = assertThrows(IOException.class, () -> ProjectDatasets.idxLabels(odd));
        assertTrue(e.getMessage().contains("no IDX label file"), e.getMessage());
    }
}
