package org.hillmix.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.Judgment;

/**
 * The result of importing a file of judgments under one protocol (the H-Mix mixing-factor,
 * construct and select-shuffled files).
 *
 * @param source the file name
 * @param entries one per answer row, in file order, with where it was read and its validation
 * @param skippedByType rows that are not answers, counted by their jsPsych {@code trial_type},
 *     sorted by type
 */
public record JudgmentImport(String source, List<SourcedJudgment> entries, Map<String, Integer> skippedByType) {

    /** Copies the collections. */
    public JudgmentImport {
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        skippedByType = Collections.unmodifiableMap(new TreeMap<>(skippedByType));
    }

    /** The judgments, in file order. */
    public List<Judgment> judgments() {
        List<Judgment> out = new ArrayList<>(entries.size());
        for (SourcedJudgment e : entries) {
            out.add(e.judgment());
        }
        return out;
    }

    /** The distinct annotator ids, sorted. */
    public SortedSet<String> annotators() {
        SortedSet<String> out = new TreeSet<>();
        for (SourcedJudgment e : entries) {
            out.add(e.judgment().annotator());
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /** The entries with validation errors (kept, not dropped, so that nothing is lost silently). */
    public List<SourcedJudgment> invalid() {
        return entries.stream().filter(e -> !e.isValid()).toList();
    }

    /** How many entries carry each flag (flags never raised are absent). */
    public Map<AnswerFlag, Integer> flagCounts() {
        Map<AnswerFlag, Integer> counts = new EnumMap<>(AnswerFlag.class);
        for (SourcedJudgment e : entries) {
            for (AnswerFlag f : e.flags()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Total rows skipped. */
    public int skippedCount() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
