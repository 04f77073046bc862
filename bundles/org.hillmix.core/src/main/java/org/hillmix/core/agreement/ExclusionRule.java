package org.hillmix.core.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.Protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One rule of an {@link ExclusionPolicy}: judges one annotator from all of their judgments.
 * Factories below give the rules of the CIFAR-10S study's kind, each with its threshold.
 */
public interface ExclusionRule {

    /** Short stable name, e.g. {@code "min-top1-accuracy"}. */
    String name();

    /** Judges {@code annotator} from their judgments (in input order). */
    RuleOutcome evaluate(String annotator, List<Judgment> judgments);

    /**
     * Exclude annotators whose top-1 accuracy is below {@code min}: the fraction of their
     * non-repeat categorical answers whose most probable class is the item's true class. Items
     * whose true class is unknown ({@code trueClass} returns a negative value) are not counted; an
     * annotator with no counted answer is not applicable.
     *
     * @param min minimum accuracy, 0-1
     * @param trueClass the true class index of a judgment's item, or -1 when unknown (e.g.
     *     {@link #trueClassFromAttribute})
     */
    static ExclusionRule minTop1Accuracy(double min, ToIntFunction<Judgment> trueClass) {
        checkUnit(min, "minimum top-1 accuracy");
        Objects.requireNonNull(trueClass, "trueClass");
        return new NamedRule("min-top1-accuracy", (annotator, judgments) -> {
            int counted = 0;
            int correct = 0;
            for (Judgment j : judgments) {
                if (j.protocol() != Protocol.CATEGORICAL || j.repeat()) {
                    continue;
                }
                int truth = trueClass.applyAsInt(j);
                if (truth < 0) {
                    continue;
                }
                counted++;
                if (((CategoricalAnswer) j.answer()).mostProbable() == truth) {
                    correct++;
                }
            }
            if (counted == 0) {
                return na("min-top1-accuracy", "no categorical answer to an item with a known true class");
            }
            double acc = (double) correct / counted;
            String text = "top-1 accuracy " + fmt(acc) + " (" + correct + " of " + counted + ")";
            return acc < min ? fail("min-top1-accuracy", acc, text + " is below the minimum " + fmt(min))
                    : pass("min-top1-accuracy", acc, text + " meets the minimum " + fmt(min));
        });
    }

    /**
     * The true class from a judgment attribute holding a class name (e.g. {@code "label"} in
     * CIFAR-10S {@code raw_human_data.csv}, spelled {@code "Deer"}); -1 when the attribute is absent.
     *
     * @throws IllegalArgumentException (when applied) for a name that is not one of {@code classes}
     */
    static ToIntFunction<Judgment> trueClassFromAttribute(String attribute, ClassSet classes) {
        return j -> {
            String name = j.attribute(attribute);
            return name == null || name.isBlank() ? -1 : classes.indexOf(name);
        };
    }

    /** What {@link #maxRepeatInconsistency} measures. */
    enum RepeatMeasure {
        /** Categorical: fraction of repeat pairs whose most probable class changed (0-1). */
        TOP_CLASS_CHANGE_RATE,
        /** Categorical: mean L1 distance between the soft labels of a pair (0-2). */
        MEAN_L1,
        /** Categorical: mean Jensen-Shannon divergence (nats) between the soft labels of a pair. */
        MEAN_JENSEN_SHANNON,
        /** Mixing factor: mean absolute difference of the perceived lambda of a pair (0-1). */
        MEAN_ABS_LAMBDA_DIFFERENCE;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Exclude annotators whose repeat inconsistency exceeds {@code max} (see
     * {@link RepeatConsistency} for the pairing). Annotators without repeat pairs are not
     * applicable.
     *
     * @param measure what to measure
     * @param max the largest acceptable value
     * @param softLabel soft label of a categorical answer; required for {@code MEAN_L1} and
     *     {@code MEAN_JENSEN_SHANNON}, may be {@code null} otherwise
     */
    static ExclusionRule maxRepeatInconsistency(RepeatMeasure measure, double max,
            Function<CategoricalAnswer, double[]> softLabel) {
        Objects.requireNonNull(measure, "measure");
        if (!(max >= 0)) {
            throw new IllegalArgumentException("maximum repeat inconsistency " + max + " must be >= 0");
        }
        if ((measure == RepeatMeasure.MEAN_L1 || measure == RepeatMeasure.MEAN_JENSEN_SHANNON) && softLabel == null) {
            throw new IllegalArgumentException(measure.id() + " compares soft labels: give a soft-label function");
        }
        String name = "max-repeat-" + measure.id();
        return new NamedRule(name, (annotator, judgments) -> {
            int pairs;
            double value;
            if (measure == RepeatMeasure.MEAN_ABS_LAMBDA_DIFFERENCE) {
                List<LambdaRepeatConsistency> r = RepeatConsistency.lambda(judgments, Protocol.MIXING_FACTOR);
                pairs = r.isEmpty() ? 0 : r.get(0).pairs();
                value = pairs == 0 ? Double.NaN : r.get(0).meanAbsoluteDifference();
            } else {
                List<CategoricalRepeatConsistency> r = RepeatConsistency.categorical(judgments,
                        softLabel == null ? a -> new double[0] : softLabel);
                pairs = r.isEmpty() ? 0 : r.get(0).pairs();
                value = pairs == 0 ? Double.NaN : switch (measure) {
                    case TOP_CLASS_CHANGE_RATE -> 1 - r.get(0).sameTopRate();
                    case MEAN_L1 -> r.get(0).meanL1();
                    default -> r.get(0).meanJensenShannon();
                };
            }
            if (pairs == 0) {
                return na(name, "no repeat trial with a matching first answer");
            }
            String text = measure.id() + " " + fmt(value) + " over " + pairs + " repeat pair" + (pairs == 1 ? "" : "s");
            return value > max ? fail(name, value, text + " exceeds the maximum " + fmt(max))
                    : pass(name, value, text + " is within the maximum " + fmt(max));
        });
    }

    /**
     * Exclude annotators whose median reaction time is below {@code minMs} milliseconds (answers
     * given too fast to have looked). The median is over judgments with a known reaction time
     * ({@code >= 0}); for an even count it is the mean of the two middle values. Annotators
     * without any known reaction time are not applicable.
     */
    static ExclusionRule minMedianReactionTime(double minMs) {
        if (!(minMs >= 0)) {
            throw new IllegalArgumentException("minimum median reaction time " + minMs + " ms must be >= 0");
        }
        return new NamedRule("min-median-rt", (annotator, judgments) -> {
            long[] rts = judgments.stream().mapToLong(Judgment::reactionTimeMs).filter(t -> t >= 0).toArray();
            if (rts.length == 0) {
                return na("min-median-rt", "no judgment with a known reaction time");
            }
            Arrays.sort(rts);
            int h = rts.length / 2;
            double median = rts.length % 2 == 1 ? rts[h] : (rts[h - 1] + rts[h]) / 2.0;
            String text = "median reaction time " + fmt(median) + " ms over " + rts.length + " judgments";
            return median < minMs ? fail("min-median-rt", median, text + " is below the minimum " + fmt(minMs) + " ms")
                    : pass("min-median-rt", median, text + " meets the minimum " + fmt(minMs) + " ms");
        });
    }

    /**
     * Exclude the listed annotator ids (e.g. the study's own list).
     *
     * @param ids the ids to exclude (compared exactly)
     * @param source where the list comes from, quoted in the reason, e.g. a file name
     */
    static ExclusionRule excludedIds(Collection<String> ids, String source) {
        Set<String> set = new TreeSet<>(ids);
        String from = source == null || source.isBlank() ? "the exclusion list" : source;
        return new NamedRule("excluded-ids", (annotator, judgments) -> set.contains(annotator)
                ? fail("excluded-ids", Double.NaN, "listed in " + from)
                : pass("excluded-ids", Double.NaN, "not listed in " + from));
    }

    /**
     * Reads a JSON array of annotator id strings, as in CIFAR-10S
     * {@code exclusion_criteria_prolific_ids.json}.
     *
     * @throws IOException when the file cannot be read or is not such an array (message names the
     *     file and the offending element)
     */
    static List<String> readIdList(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file.getFileName() + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file.getFileName() + ": expected a JSON array of annotator id strings");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode v = root.get(i);
            if (!v.isTextual() || v.textValue().isBlank()) {
                throw new IOException(file.getFileName() + ": element " + (i + 1) + " is " + v
                        + "; expected a non-empty id string");
            }
            ids.add(v.textValue());
        }
        return ids;
    }

    private static RuleOutcome pass(String rule, double value, String reason) {
        return new RuleOutcome(rule, RuleOutcome.Verdict.PASS, value, reason);
    }

    private static RuleOutcome fail(String rule, double value, String reason) {
        return new RuleOutcome(rule, RuleOutcome.Verdict.FAIL, value, reason);
    }

    private static RuleOutcome na(String rule, String reason) {
        return new RuleOutcome(rule, RuleOutcome.Verdict.NOT_APPLICABLE, Double.NaN, reason);
    }

    private static void checkUnit(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " " + v + " must be within 0-1");
        }
    }

    /** Up to four decimals, without trailing zeros. */
    private static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
