package org.hillmix.core.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.project.Batch;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.PlannedItem;
import org.hillmix.core.protocol.Judgment;

/**
 * How far each batch of a project has been answered, from the annotators' journals: the count a session of the
 * batch would resume after ({@link AnnotationSession#answeredSlots}), out of the batch's items.
 *
 * @param answered answered items by batch id
 */
public record BatchProgress(Map<String, Integer> answered) {

    /** Copies the map. */
    public BatchProgress {
        answered = Map.copyOf(answered);
    }

    /** Answered items of batch {@code batchId} (0 for an unknown batch). */
    public int answered(String batchId) {
        return answered.getOrDefault(batchId, 0);
    }

    /**
     * Reads the journals of {@code project}'s annotators (leniently: a damaged line costs only itself; a journal
     * that does not exist yet means no answers).
     *
     * @throws IOException when a journal exists but cannot be read
     */
    public static BatchProgress of(OpenProject project) throws IOException {
        Map<String, List<Judgment>> journals = new HashMap<>();
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (Batch b : project.descriptor().batches()) {
            List<Judgment> judgments = journals.get(b.annotator());
            if (judgments == null) {
                Path file = project.journal(b.annotator());
                judgments = Files.isRegularFile(file)
                        ? JudgmentJsonl.read(file, JournalReadMode.LENIENT, ProgressMonitor.NULL).judgments()
                        : List.of();
                journals.put(b.annotator(), judgments);
            }
            answered.put(b.id(), AnnotationSession.answeredSlots(b.id(), b.annotator(),
                    b.items().stream().map(PlannedItem::slotId).toList(), judgments).size());
        }
        return new BatchProgress(answered);
    }
}
