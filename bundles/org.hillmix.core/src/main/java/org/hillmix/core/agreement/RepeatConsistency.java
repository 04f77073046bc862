package org.hillmix.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.hillmix.core.metrics.Divergences;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.protocol.SelectShuffledAnswer;

/**
 * Per-annotator consistency on repeat trials.
 *
 * <p>Pairing: each judgment with {@link Judgment#repeat()} is paired with the first judgment in
 * the list (in list order) by the same annotator, about the same item, under the same protocol,
 * that is not itself a repeat. Repeats without such a judgment are counted as {@code unmatched}.
 * Pass valid answers only: an answer with validation errors gives meaningless distances.
 */
public final class RepeatConsistency {

    private RepeatConsistency() {
    }

    /**
     * The repeat pairs of {@code protocol} in {@code judgments}, grouped by annotator (sorted), each
     * group in the order of the repeat judgments, with the repeats that found no first judgment in
     * {@link Pairs#unmatched()}. Every annotator with a judgment of {@code protocol} is present.
     */
    public static Map<String, Pairs> pairs(List<Judgment> judgments, Protocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        Map<String, Judgment> firstByKey = new HashMap<>();
        for (Judgment j : judgments) {
            if (j.protocol() == protocol && !j.repeat()) {
                firstByKey.putIfAbsent(key(j), j);
            }
        }
        Map<String, List<RepeatPair>> pairs = new TreeMap<>();
        Map<String, List<Judgment>> unmatched = new HashMap<>();
        for (Judgment j : judgments) {
            if (j.protocol() != protocol) {
                continue;
            }
            pairs.computeIfAbsent(j.annotator(), a -> new ArrayList<>());
            if (!j.repeat()) {
                continue;
            }
            Judgment first = firstByKey.get(key(j));
            if (first == null) {
                unmatched.computeIfAbsent(j.annotator(), a -> new ArrayList<>()).add(j);
            } else {
                pairs.get(j.annotator()).add(new RepeatPair(first, j));
            }
        }
        Map<String, Pairs> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<RepeatPair>> e : pairs.entrySet()) {
            out.put(e.getKey(), new Pairs(e.getValue(), unmatched.getOrDefault(e.getKey(), List.of())));
        }
        return out;
    }

    /**
     * Categorical repeat consistency of every annotator with categorical judgments (sorted by
     * annotator).
     *
     * @param softLabel the soft label of an answer (e.g. {@code labeler::label} of a
     *     {@link org.hillmix.core.labels.CategoricalSoftLabeler}); the L1 and Jensen-Shannon
     *     distances are taken between the soft labels of a pair
     */
    public static List<CategoricalRepeatConsistency> categorical(List<Judgment> judgments,
            Function<CategoricalAnswer, double[]> softLabel) {
        Objects.requireNonNull(softLabel, "softLabel");
        List<CategoricalRepeatConsistency> out = new ArrayList<>();
        for (Map.Entry<String, Pairs> e : pairs(judgments, Protocol.CATEGORICAL).entrySet()) {
            List<RepeatPair> ps = e.getValue().pairs();
            int same = 0;
            double l1 = 0;
            double js = 0;
            for (RepeatPair p : ps) {
                CategoricalAnswer a = (CategoricalAnswer) p.first().answer();
                CategoricalAnswer b = (CategoricalAnswer) p.repeated().answer();
                if (a.mostProbable() == b.mostProbable()) {
                    same++;
                }
                double[] la = softLabel.apply(a);
                double[] lb = softLabel.apply(b);
                l1 += Divergences.l1(la, lb);
                js += Divergences.jensenShannon(la, lb);
            }
            int n = ps.size();
            out.add(new CategoricalRepeatConsistency(e.getKey(), n, e.getValue().unmatched().size(),
                    n == 0 ? Double.NaN : (double) same / n, n == 0 ? Double.NaN : l1 / n,
                    n == 0 ? Double.NaN : js / n));
        }
        return out;
    }

    /**
     * Lambda repeat consistency (mean absolute difference of the lambdas of a pair) of every
     * annotator with judgments of {@code protocol}, sorted by annotator.
     *
     * @throws IllegalArgumentException when {@code protocol} has no lambda answer
     */
    public static List<LambdaRepeatConsistency> lambda(List<Judgment> judgments, Protocol protocol) {
        if (protocol != Protocol.MIXING_FACTOR && protocol != Protocol.CONSTRUCT_MIDPOINT
                && protocol != Protocol.SELECT_SHUFFLED) {
            throw new IllegalArgumentException("protocol " + protocol.id() + " has no lambda answer; use "
                    + Protocol.MIXING_FACTOR.id() + ", " + Protocol.CONSTRUCT_MIDPOINT.id() + " or "
                    + Protocol.SELECT_SHUFFLED.id());
        }
        List<LambdaRepeatConsistency> out = new ArrayList<>();
        for (Map.Entry<String, Pairs> e : pairs(judgments, protocol).entrySet()) {
            List<RepeatPair> ps = e.getValue().pairs();
            double sum = 0;
            for (RepeatPair p : ps) {
                sum += Math.abs(lambdaOf(p.first().answer()) - lambdaOf(p.repeated().answer()));
            }
            int n = ps.size();
            out.add(new LambdaRepeatConsistency(e.getKey(), protocol, n, e.getValue().unmatched().size(),
                    n == 0 ? Double.NaN : sum / n));
        }
        return out;
    }

    /**
     * The lambda of image 1 an answer expresses: {@link MixingFactorAnswer#perceivedLambda1()}
     * ({@code 1 - slider/100}), {@link ConstructMidpointAnswer#finalValue()},
     * {@link SelectShuffledAnswer#selectedLambda()}.
     *
     * @throws IllegalArgumentException for other answers
     */
    public static double lambdaOf(Answer answer) {
        return switch (answer) {
            case MixingFactorAnswer a -> a.perceivedLambda1();
            case ConstructMidpointAnswer a -> a.finalValue();
            case SelectShuffledAnswer a -> a.selectedLambda();
            default -> throw new IllegalArgumentException("a " + answer.protocol().id() + " answer has no lambda");
        };
    }

    private static String key(Judgment j) {
        // annotator and item are non-blank; the separator cannot make two different keys equal
        // because the annotator length is part of the key
        return j.annotator().length() + ":" + j.annotator() + "\u0000" + j.item();
    }

    /**
     * One annotator's repeat pairs.
     *
     * @param pairs the matched pairs, in the order of the repeat judgments
     * @param unmatched repeat judgments without a non-repeat judgment of the same item
     */
    public record Pairs(List<RepeatPair> pairs, List<Judgment> unmatched) {

        /** Copies the lists. */
        public Pairs {
            pairs = List.copyOf(pairs);
            unmatched = List.copyOf(unmatched);
        }
    }
}
