package org.hillmix.core.labels;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hillmix.core.protocol.AnswerFlag;

/**
 * One annotator's soft label for one item, with how it was made.
 *
 * @param item item identifier
 * @param annotator annotator identifier
 * @param label the probabilities, one per class, summing to 1 (accessor returns a copy; use
 *     {@link #probability(int)} in loops)
 * @param scheme the scheme that built it
 * @param flags flags of the answer it was built from
 * @param alterations changes the cleaning policy made to that answer
 */
public record AnnotatorLabel(String item, String annotator, double[] label, SoftLabelScheme scheme,
        Set<AnswerFlag> flags, List<Alteration> alterations) {

    /** Copies the label and the collections. */
    public AnnotatorLabel {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(annotator, "annotator");
        label = Objects.requireNonNull(label, "label").clone();
        Objects.requireNonNull(scheme, "scheme");
        EnumSet<AnswerFlag> f = EnumSet.noneOf(AnswerFlag.class);
        if (flags != null) {
            f.addAll(flags);
        }
        flags = Collections.unmodifiableSet(f);
        alterations = alterations == null ? List.of() : List.copyOf(alterations);
    }

    /** A copy of the probabilities. */
    @Override
    public double[] label() {
        return label.clone();
    }

    /** Probability of class {@code index}. */
    public double probability(int index) {
        return label[index];
    }

    /** Number of classes. */
    public int size() {
        return label.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnotatorLabel other && item.equals(other.item) && annotator.equals(other.annotator)
                && Arrays.equals(label, other.label) && scheme.equals(other.scheme) && flags.equals(other.flags)
                && alterations.equals(other.alterations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, annotator, Arrays.hashCode(label), scheme, flags, alterations);
    }

    @Override
    public String toString() {
        return "AnnotatorLabel[item=" + item + ", annotator=" + annotator + ", label=" + Arrays.toString(label)
                + ", scheme=" + scheme.id() + ", flags=" + flags + "]";
    }
}
