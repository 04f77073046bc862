package org.hillmix.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.protocol.AnswerFlag;

/**
 * The result of importing a file of categorical answers.
 *
 * @param source the file name
 * @param policy the cleaning policy the values were read under
 * @param judgments one per answer row, in file order
 * @param skippedByType rows that are not answers, counted by their type (e.g. jsPsych
 *     {@code trial_type}), sorted by type
 */
public record CategoricalImport(String source, CleaningPolicy policy, List<SourcedJudgment> judgments,
        Map<String, Integer> skippedByType) {

    /** Copies the collections. */
    public CategoricalImport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policy, "policy");
        judgments = List.copyOf(judgments);
        skippedByType = Collections.unmodifiableMap(new TreeMap<>(skippedByType));
    }

    /** Every alteration the policy made, in file order. */
    public List<Alteration> alterations() {
        List<Alteration> all = new ArrayList<>();
        for (SourcedJudgment j : judgments) {
            all.addAll(j.alterations());
        }
        return all;
    }

    /** How many judgments carry each flag (flags never raised are absent). */
    public Map<AnswerFlag, Integer> flagCounts() {
        Map<AnswerFlag, Integer> counts = new EnumMap<>(AnswerFlag.class);
        for (SourcedJudgment j : judgments) {
            for (AnswerFlag f : j.flags()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The judgments with validation errors. */
    public List<SourcedJudgment> invalid() {
        return judgments.stream().filter(j -> !j.isValid()).toList();
    }

    /** Total rows skipped. */
    public int skippedCount() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
