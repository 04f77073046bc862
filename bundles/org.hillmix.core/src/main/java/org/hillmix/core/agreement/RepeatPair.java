package org.hillmix.core.agreement;

import java.util.Objects;

import org.hillmix.core.protocol.Judgment;

/**
 * A repeat trial and the first answer the same annotator gave to the same item under the same
 * protocol.
 *
 * @param first the first non-repeat judgment of the item
 * @param repeated the repeat judgment
 */
public record RepeatPair(Judgment first, Judgment repeated) {

    /** Checks that both judgments belong together. */
    public RepeatPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(repeated, "repeated");
        if (!first.annotator().equals(repeated.annotator()) || !first.item().equals(repeated.item())
                || first.protocol() != repeated.protocol()) {
            throw new IllegalArgumentException("a repeat pair needs the same annotator, item and protocol; got "
                    + first.annotator() + "/" + first.item() + " and " + repeated.annotator() + "/"
                    + repeated.item());
        }
    }
}
