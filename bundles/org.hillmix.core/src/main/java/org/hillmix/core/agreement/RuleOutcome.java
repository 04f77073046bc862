package org.hillmix.core.agreement;

import java.util.Objects;

/**
 * What one exclusion rule decided about one annotator.
 *
 * @param rule the rule's name, e.g. {@code "min-top1-accuracy"}
 * @param verdict pass, fail (exclude) or not applicable (no data for the rule; does not exclude)
 * @param value the measured value ({@code NaN} when not applicable or not numeric)
 * @param reason a sentence with the measured value and the threshold, e.g. {@code "top-1 accuracy
 *     0.62 (31 of 50) is below the minimum 0.8"}
 */
public record RuleOutcome(String rule, Verdict verdict, double value, String reason) {

    /** A rule's decision. */
    public enum Verdict {
        /** The annotator meets the rule. */
        PASS,
        /** The annotator fails the rule and is excluded. */
        FAIL,
        /** The rule has nothing to judge (e.g. no repeat trials); it does not exclude. */
        NOT_APPLICABLE
    }

    /** Checks the fields. */
    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether this outcome excludes the annotator. */
    public boolean excludes() {
        return verdict == Verdict.FAIL;
    }
}
