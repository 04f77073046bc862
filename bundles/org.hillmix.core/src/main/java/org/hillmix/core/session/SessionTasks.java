package org.hillmix.core.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.project.Batch;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.PlannedItem;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.core.project.StimulusSet;

/**
 * Turns a project's batch into the {@link AnnotationTask} a session runs, with the project's
 * classes and soft-label scheme (the descriptor is the one source of both).
 */
public final class SessionTasks {

    /** Item attribute marking a gold/attention item. */
    public static final String GOLD_ATTRIBUTE = "gold";

    private SessionTasks() {
    }

    /**
     * The task of {@code batch}: one item per planned item, in order, with the stimulus set's
     * images (series frames for series sets) and attributes; repeats as {@code <id>#repeat} with
     * attribute {@code repeat=true}, gold items with {@code gold=true}.
     *
     * @throws IOException when the stimulus set cannot be read or lacks a planned item
     */
    public static AnnotationTask build(OpenProject project, Batch batch) throws IOException {
        StimulusSet set = project.descriptor().stimulusSet(batch.stimulusSet()).orElseThrow(
                () -> new IOException("batch '" + batch.id() + "' uses stimulus set '" + batch.stimulusSet()
                        + "', which project '" + project.descriptor().name() + "' does not have"));
        List<StimulusItem> stimuli = StimulusItem.read(HillmixProject.stimulusFolder(project.folder(), set.name()),
                "series".equals(set.layout()));
        Map<String, StimulusItem> byId = new HashMap<>();
        for (StimulusItem s : stimuli) {
            byId.put(s.id(), s);
        }
        List<AnnotationItem> items = new ArrayList<>();
        for (PlannedItem p : batch.items()) {
            StimulusItem s = byId.get(p.item());
            if (s == null) {
                throw new IOException("batch '" + batch.id() + "' plans item '" + p.item() + "', which stimulus set '"
                        + set.name() + "' does not hold; plan the batches again");
            }
            Map<String, String> attributes = new HashMap<>(s.attributes());
            if (p.repeat()) {
                attributes.put(AnnotationTask.REPEAT_ATTRIBUTE, "true");
            }
            if (p.gold()) {
                attributes.put(GOLD_ATTRIBUTE, "true");
            }
            items.add(new AnnotationItem(p.slotId(), s.image(), attributes, s.frames()));
        }
        return new AnnotationTask(batch.id(), batch.annotator(), batch.protocol(), project.descriptor().classes(),
                items, project.descriptor().scheme());
    }
}
