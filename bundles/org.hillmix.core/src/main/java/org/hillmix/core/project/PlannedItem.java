package org.hillmix.core.project;

/**
 * One item in a batch.
 *
 * @param item the stimulus (item) id
 * @param repeat whether this is the repeat (consistency) trial of an item the annotator judges
 *     earlier in the same batch
 * @param gold whether this is a gold/attention item (with a known answer) rather than a study item
 */
public record PlannedItem(String item, boolean repeat, boolean gold) {

    /** Suffix of a repeat's slot id. */
    public static final String REPEAT_SUFFIX = "#repeat";

    /** Checks the id. */
    public PlannedItem {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("a planned item needs an item id");
        }
    }

    /** The item's id in its batch: the item id, with {@value #REPEAT_SUFFIX} for a repeat. */
    public String slotId() {
        return repeat ? item + REPEAT_SUFFIX : item;
    }
}
