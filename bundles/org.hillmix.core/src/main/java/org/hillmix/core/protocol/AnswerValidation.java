package org.hillmix.core.protocol;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link AnswerValidator} found: errors make an answer illegal (it must not be used),
 * flags mark a legal answer as odd (it is kept and used as given).
 *
 * @param errors one message per problem, each saying what is wrong and what was expected
 * @param flags the flags raised, in declaration order
 */
public record AnswerValidation(List<String> errors, Set<AnswerFlag> flags) {

    /** Copies both collections. */
    public AnswerValidation {
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        flags = copyFlags(flags);
    }

    /** Whether the answer has no errors (it may still carry flags). */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * Throws when the answer is illegal.
     *
     * @param where what the answer is and where it comes from, e.g. {@code "raw.csv line 7 (item 12)"}
     * @throws IllegalArgumentException naming {@code where} and every error
     */
    public void requireValid(String where) {
        if (!isValid()) {
            throw new IllegalArgumentException(where + ": " + String.join("; ", errors));
        }
    }

    /** An unmodifiable enum set with the given flags (which may be empty). */
    static Set<AnswerFlag> copyFlags(Collection<AnswerFlag> flags) {
        EnumSet<AnswerFlag> set = EnumSet.noneOf(AnswerFlag.class);
        if (flags != null) {
            set.addAll(flags);
        }
        return Collections.unmodifiableSet(set);
    }
}
