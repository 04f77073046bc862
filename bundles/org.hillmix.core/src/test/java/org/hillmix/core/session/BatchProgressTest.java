package org.hillmix.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.project.Batch;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.PlannedItem;
import org.hillmix.core.project.StimulusSet;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's progress counts what a resumed session would skip: this task's answered slots, nothing else. */
class BatchProgressTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path folder;

    private static Judgment judgment(String annotator, String item, boolean repeat, String task) {
        return new Judgment(annotator, item, CategoricalAnswer.top1(0, 90, List.of()), 1000, T0, T0.plusSeconds(1),
                repeat, Map.of(AnnotationTask.TASK_ATTRIBUTE, task));
    }

    @Test
    void countsAnsweredSlotsPerBatchFromTheJournals() throws IOException {
        Batch a1 = new Batch("b-1", "ann1", Protocol.CATEGORICAL, "mix", List.of(new PlannedItem("x", false, false),
                new PlannedItem("y", false, false), new PlannedItem("x", true, false), new PlannedItem("z", false, false)));
        Batch a2 = new Batch("b-2", "ann1", Protocol.CATEGORICAL, "mix", List.of(new PlannedItem("u", false, false),
                new PlannedItem("v", false, false)));
        Batch b1 = new Batch("b-3", "ann2", Protocol.CATEGORICAL, "mix", List.of(new PlannedItem("x", false, false)));
        HillmixProject descriptor = HillmixProject.create("p", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"))
                .withStimulusSet(new StimulusSet("mix", "flat", 3, "0.5", 1)).withBatches(List.of(a1, a2, b1));
        OpenProject project = new OpenProject(folder, descriptor);
        Files.createDirectories(project.journals());
        try (JsonlJudgmentJournal journal = JsonlJudgmentJournal.open(project.journal("ann1"))) {
            journal.append(judgment("ann1", "x", false, "b-1"));
            journal.append(judgment("ann1", "x", true, "b-1")); // the repeat is its own slot
            journal.append(judgment("ann1", "y", false, "b-1"));
            journal.append(judgment("ann1", "y", false, "b-1")); // answered twice still counts once
            Judgment withdrawn = judgment("ann1", "z", false, "b-1");
            journal.append(withdrawn);
            journal.withdraw(withdrawn, T0.plusSeconds(5)); // undone: not answered
            journal.append(judgment("ann1", "u", false, "b-1")); // not an item of b-1
            journal.append(judgment("ann1", "v", false, "b-2"));
            journal.append(judgment("ann1", "x", false, "other")); // another task
        }
        // ann2 has no journal yet.

        BatchProgress progress = BatchProgress.of(project);

        assertEquals(3, progress.answered("b-1"), "x, x#repeat, y");
        assertEquals(1, progress.answered("b-2"), "v");
        assertEquals(0, progress.answered("b-3"));
        assertEquals(java.util.Set.of("b-1", "b-2", "b-3"), progress.answered().keySet());
    }
}
