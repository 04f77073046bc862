package org.hillmix.core.agreement;

import java.util.List;
import java.util.Objects;

import org.hillmix.core.protocol.Judgment;

/** An {@link ExclusionRule} from a name and an evaluation; the factories of ExclusionRule build these. */
record NamedRule(String name, Evaluation evaluation) implements ExclusionRule {

    /** How a {@link NamedRule} judges an annotator. */
    interface Evaluation {
        RuleOutcome evaluate(String annotator, List<Judgment> judgments);
    }

    NamedRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evaluation, "evaluation");
    }

    @Override
    public RuleOutcome evaluate(String annotator, List<Judgment> judgments) {
        return evaluation.evaluate(annotator, judgments);
    }

    @Override
    public String toString() {
        return name;
    }
}
