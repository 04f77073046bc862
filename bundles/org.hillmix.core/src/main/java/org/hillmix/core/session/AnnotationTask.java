package org.hillmix.core.session;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.Protocol;

/**
 * What one annotator is asked to do: judge {@code items}, in order, under {@code protocol}.
 *
 * @param name task name shown to the annotator and stored as judgment attribute {@value #TASK_ATTRIBUTE}
 * @param annotator annotator identifier written into every judgment
 * @param protocol the elicitation protocol (the categorical view handles {@link
 *     Protocol#CATEGORICAL}, the mixing-factor view {@link Protocol#MIXING_FACTOR})
 * @param classes the classes answers refer to
 * @param items the items in presentation order; at least one, identifiers unique
 * @param softLabelScheme the scheme that turns categorical answers into soft labels in this study
 *     (the project's, {@code HillmixProject#softLabelScheme}); the categorical view previews it
 */
public record AnnotationTask(String name, String annotator, Protocol protocol, ClassSet classes,
        List<AnnotationItem> items, SoftLabelScheme softLabelScheme) {

    /** Judgment attribute holding {@link #name()}. */
    public static final String TASK_ATTRIBUTE = "task";
    /**
     * Item attribute marking a repeat (consistency) trial of an item shown earlier: {@code "true"}
     * makes the judgment's {@code repeat} flag true.
     */
    public static final String REPEAT_ATTRIBUTE = "repeat";
    /**
     * Ending of a repeat trial's item id: item ids are unique in a task, so the repeat of item
     * {@code x} is item {@code x#repeat}; its judgment names item {@code x} with {@code repeat} true.
     */
    public static final String REPEAT_SUFFIX = org.hillmix.core.project.PlannedItem.REPEAT_SUFFIX;

    /** Checks the fields and copies the item list. */
    public AnnotationTask {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("annotation task name is missing");
        }
        if (annotator == null || annotator.isBlank()) {
            throw new IllegalArgumentException("annotation task '" + name + "' has no annotator id");
        }
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(softLabelScheme, "softLabelScheme");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("annotation task '" + name + "' has no items; add at least one");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).id())) {
                throw new IllegalArgumentException("annotation task '" + name + "': item id '" + items.get(i).id()
                        + "' at position " + (i + 1) + " appears twice; item ids must be unique");
            }
        }
    }

    /** A task whose soft labels follow the published CIFAR-10S scheme ({@link SoftLabelScheme#CIFAR10S_PUBLISHED}). */
    public AnnotationTask(String name, String annotator, Protocol protocol, ClassSet classes,
            List<AnnotationItem> items) {
        this(name, annotator, protocol, classes, items, SoftLabelScheme.CIFAR10S_PUBLISHED);
    }

    /** A CIFAR-10S categorical task over {@link ClassSet#CIFAR10}. */
    public static AnnotationTask cifar10Categorical(String name, String annotator, List<AnnotationItem> items) {
        return new AnnotationTask(name, annotator, Protocol.CATEGORICAL, ClassSet.CIFAR10, items);
    }

    /** Number of items. */
    public int size() {
        return items.size();
    }
}
