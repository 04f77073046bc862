package org.hillmix.core.labels;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.Judgment;

/**
 * A judgment as imported: where it was read, the flags raised (by the importer about raw text and
 * by the {@link AnswerValidator} about values), the validation errors that make it unusable, and
 * the alterations the cleaning policy made.
 *
 * @param judgment the judgment
 * @param source where it was read, e.g. {@code "raw_human_data.csv line 7"}
 * @param flags every flag raised, in declaration order
 * @param errors validation errors; empty for a usable answer
 * @param alterations the values the cleaning policy changed
 */
public record SourcedJudgment(Judgment judgment, String source, Set<AnswerFlag> flags, List<String> errors,
        List<Alteration> alterations) {

    /** Copies the collections. */
    public SourcedJudgment {
        Objects.requireNonNull(judgment, "judgment");
        Objects.requireNonNull(source, "source");
        EnumSet<AnswerFlag> f = EnumSet.noneOf(AnswerFlag.class);
        if (flags != null) {
            f.addAll(flags);
        }
        flags = Collections.unmodifiableSet(f);
        errors = errors == null ? List.of() : List.copyOf(errors);
        alterations = alterations == null ? List.of() : List.copyOf(alterations);
    }

    /**
     * Validates {@code judgment} and combines the validator's flags with {@code importFlags}.
     */
    public static SourcedJudgment validated(Judgment judgment, String source, Collection<AnswerFlag> importFlags,
            List<Alteration> alterations, AnswerValidator validator) {
        AnswerValidation v = validator.validate(judgment.answer());
        EnumSet<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        flags.addAll(importFlags);
        flags.addAll(v.flags());
        return new SourcedJudgment(judgment, source, flags, v.errors(), alterations);
    }

    /** A judgment without source information, validated by {@code validator}. */
    public static SourcedJudgment of(Judgment judgment, AnswerValidator validator) {
        return validated(judgment, "item " + judgment.item() + ", annotator " + judgment.annotator(), Set.of(),
                List.of(), validator);
    }

    /** Whether the answer has no validation errors. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Source, item and annotator, for messages. */
    public String where() {
        return source + " (item " + judgment.item() + ", annotator " + judgment.annotator() + ")";
    }
}
