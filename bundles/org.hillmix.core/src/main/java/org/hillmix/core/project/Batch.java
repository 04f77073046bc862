package org.hillmix.core.project;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hillmix.core.protocol.Protocol;

/**
 * One annotator's batch: the items to judge under one protocol, in presentation order.
 *
 * @param id batch identifier, unique in the project (also the session's task name)
 * @param annotator who judges it
 * @param protocol the elicitation protocol
 * @param stimulusSet the stimulus set the items come from
 * @param items the items in order; slot ids unique ({@link PlannedItem#slotId()})
 */
public record Batch(String id, String annotator, Protocol protocol, String stimulusSet, List<PlannedItem> items) {

    /** Checks the fields and copies the items. */
    public Batch {
        HillmixProject.checkName(id, "batch id");
        HillmixProject.checkName(annotator, "annotator id");
        Objects.requireNonNull(protocol, "protocol");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("batch '" + id + "' has no items");
        }
        Set<String> slots = new HashSet<>();
        for (PlannedItem p : items) {
            if (!slots.add(p.slotId())) {
                throw new IllegalArgumentException("batch '" + id + "' holds item '" + p.slotId() + "' twice");
            }
        }
    }
}
