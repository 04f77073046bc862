package org.hillmix.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Judgment;

/**
 * A configurable annotator exclusion policy in the style of the CIFAR-10S study: a list of
 * {@link ExclusionRule}s, each judging every annotator; an annotator is excluded when any rule
 * fails, and every rule's outcome is kept with its reason. The study's own decisions are
 * published as a list of ids ({@code exclusion_criteria_prolific_ids.json}), which
 * {@link ExclusionRule#excludedIds} applies; the other rules are for new data, with thresholds
 * the experimenter chooses.
 *
 * <pre>
 * ExclusionPolicy policy = ExclusionPolicy.of(
 *         ExclusionRule.minTop1Accuracy(0.5, ExclusionRule.trueClassFromAttribute("label", ClassSet.CIFAR10)),
 *         ExclusionRule.maxRepeatInconsistency(RepeatMeasure.TOP_CLASS_CHANGE_RATE, 0.5, null),
 *         ExclusionRule.minMedianReactionTime(2000));
 * </pre>
 */
public final class ExclusionPolicy {

    private final List<ExclusionRule> rules;

    private ExclusionPolicy(List<ExclusionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A policy with these rules, applied in this order. */
    public static ExclusionPolicy of(ExclusionRule... rules) {
        return new ExclusionPolicy(List.of(rules));
    }

    /** A policy with these rules, applied in this order. */
    public static ExclusionPolicy of(List<ExclusionRule> rules) {
        return new ExclusionPolicy(rules);
    }

    /** The rules. */
    public List<ExclusionRule> rules() {
        return rules;
    }

    /**
     * Judges every annotator of {@code judgments}; the result is sorted by annotator.
     *
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public List<AnnotatorExclusion> apply(List<Judgment> judgments, ProgressMonitor monitor) {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        Map<String, List<Judgment>> byAnnotator = new TreeMap<>();
        for (Judgment j : judgments) {
            byAnnotator.computeIfAbsent(j.annotator(), a -> new ArrayList<>()).add(j);
        }
        pm.begin("Applying annotator exclusion rules", byAnnotator.size());
        List<AnnotatorExclusion> out = new ArrayList<>(byAnnotator.size());
        for (Map.Entry<String, List<Judgment>> e : byAnnotator.entrySet()) {
            pm.checkCancelled();
            List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
            for (ExclusionRule r : rules) {
                outcomes.add(Objects.requireNonNull(r.evaluate(e.getKey(), e.getValue()),
                        "rule " + r.name() + " gave no outcome"));
            }
            out.add(new AnnotatorExclusion(e.getKey(), e.getValue().size(), outcomes));
            pm.worked(1);
        }
        pm.done();
        return out;
    }

    /** The ids of the excluded annotators in {@code decisions}, sorted. */
    public static List<String> excluded(List<AnnotatorExclusion> decisions) {
        return decisions.stream().filter(AnnotatorExclusion::excluded).map(AnnotatorExclusion::annotator).toList();
    }
}
