package org.hillmix.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.project.Batch;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.PlannedItem;
import org.hillmix.core.project.ProjectStimuli;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.core.protocol.Protocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's batch as the task a session runs: items, attributes, repeats, gold, the project's scheme. */
class SessionTasksTest {

    @TempDir
    Path folder;

    private HillmixProject project;
    private List<StimulusItem> stimuli;

    @BeforeEach
    void projectWithAFlatSet() throws IOException {
        for (String cls : List.of("cat", "dog")) {
            Path dir = Files.createDirectories(folder.resolve("images").resolve(cls));
            for (int i = 0; i < 2; i++) {
                byte[] px = new byte[3 * 4 * 4];
                java.util.Arrays.fill(px, (byte) (cls.equals("cat") ? 30 + i : 220 - i));
                ImageCodec.writePng(ImageTensor.fromBytes(3, 4, 4, px), dir.resolve(cls + i + ".png"));
            }
        }
        HillmixProject created = HillmixProject.create("t", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        // A scheme other than the default, so that the test sees the descriptor's scheme reach the task.
        HillmixProject withScheme = new HillmixProject(created.name(), created.classes(), created.dataset(),
                "top1-uniform", created.stimulusSets(), created.annotators(), created.batches());
        project = ProjectStimuli.generate(folder, withScheme, "mix", false, 2, LambdaSampler.grid(0.3), 5, false,
                ProgressMonitor.NULL);
        stimuli = StimulusItem.read(HillmixProject.stimulusFolder(folder, "mix"), false);
    }

    @Test
    void buildsTheBatchInOrderWithRepeatAndGoldMarksAndTheProjectsScheme() throws IOException {
        String a = stimuli.get(0).id();
        String b = stimuli.get(1).id();
        Batch batch = new Batch("p-ann-1", "ann", Protocol.CATEGORICAL, "mix",
                List.of(new PlannedItem(b, false, false), new PlannedItem(a, false, true),
                        new PlannedItem(b, true, false)));
        AnnotationTask task = SessionTasks.build(new OpenProject(folder, project), batch);

        assertEquals("p-ann-1", task.name());
        assertEquals("ann", task.annotator());
        assertEquals(Protocol.CATEGORICAL, task.protocol());
        assertEquals(ClassSet.of("cat", "dog"), task.classes());
        assertEquals(SoftLabelScheme.parse("top1-uniform", SoftLabelScheme.DEFAULT_GAMMA), task.softLabelScheme());
        assertEquals(List.of(b, a, b + PlannedItem.REPEAT_SUFFIX), task.items().stream().map(AnnotationItem::id).toList());
        assertEquals(stimuli.get(1).image(), task.items().get(0).image());
        assertEquals("0.3", task.items().get(0).attributes().get("mixtureCoeff"));
        assertEquals("true", task.items().get(1).attributes().get(SessionTasks.GOLD_ATTRIBUTE));
        assertEquals("true", task.items().get(2).attributes().get(AnnotationTask.REPEAT_ATTRIBUTE));
        assertTrue(task.items().get(0).frames().isEmpty());
    }

    @Test
    void refusesABatchWhoseItemOrSetIsGone() {
        Batch missingItem = new Batch("p-ann-1", "ann", Protocol.CATEGORICAL, "mix",
                List.of(new PlannedItem("gone.png", false, false)));
        IOException e = assertThrows(IOException.class,
                () -> SessionTasks.build(new OpenProject(folder, project), missingItem));
        assertEquals("batch 'p-ann-1' plans item 'gone.png', which stimulus set 'mix' does not hold; plan the"
                + " batches again", e.getMessage());
        Batch missingSet = new Batch("p-ann-2", "ann", Protocol.CATEGORICAL, "other",
                List.of(new PlannedItem("x.png", false, false)));
        IOException f = assertThrows(IOException.class,
                () -> SessionTasks.build(new OpenProject(folder, project), missingSet));
        assertEquals("batch 'p-ann-2' uses stimulus set 'other', which project 't' does not have", f.getMessage());
    }
}
