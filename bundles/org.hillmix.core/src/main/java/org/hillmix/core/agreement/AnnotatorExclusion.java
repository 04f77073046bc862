package org.hillmix.core.agreement;

import java.util.List;
import java.util.Objects;

/**
 * The exclusion decision for one annotator, with every rule's outcome.
 *
 * @param annotator the annotator
 * @param judgments number of judgments the rules saw
 * @param outcomes one per rule, in the policy's order
 */
public record AnnotatorExclusion(String annotator, int judgments, List<RuleOutcome> outcomes) {

    /** Copies the outcomes. */
    public AnnotatorExclusion {
        Objects.requireNonNull(annotator, "annotator");
        outcomes = List.copyOf(outcomes);
    }

    /** Whether any rule failed. */
    public boolean excluded() {
        return outcomes.stream().anyMatch(RuleOutcome::excludes);
    }

    /** The reasons of the failed rules, in rule order (empty when kept). */
    public List<String> reasons() {
        return outcomes.stream().filter(RuleOutcome::excludes).map(o -> o.rule() + ": " + o.reason()).toList();
    }
}
