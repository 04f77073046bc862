package org.hillmix.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;

/**
 * Per-stimulus summary of H-Mix "infer mixing factor" answers.
 *
 * <p>For the {@code n} answers about one stimulus, with perceived lambdas of image 1
 * {@code l_i = (100 - slider_i) / 100} (the same value as
 * {@link MixingFactorAnswer#perceivedLambda1()}, computed so that whole slider positions give the
 * nearest double) and confidences {@code c_i = confidence_i / 100}:
 * <pre>
 *   mean   = (1/n) sum_i l_i
 *   std    = sqrt((1/n) sum_i (l_i - mean)^2)          population standard deviation
 *   wmean  = sum_i c_i l_i / sum_i c_i                 confidence-weighted mean; undefined (NaN)
 *                                                      when every confidence is 0
 *   wrel   = (1/n) sum_i c_i l_i                       the study's "Weighted Re-Label": not divided
 *                                                      by the confidences' sum, so it shrinks
 *                                                      towards 0 as confidence falls
 *   rdiff  = true - mean                               the study's "Re-Label Diff"
 *   wrdiff = true - wrel                               the study's "Weighted Re-Label Diff"
 * </pre>
 * The last three are the quantities of the study's processed file
 * ({@code processed_hmix_inferences.json}, Collins et al., UAI 2023); HILLmix reproduces all 2,070
 * stimuli's values there to 2.2e-16.
 *
 * @param stimulus the stimulus file name (the judgments' item)
 * @param trueLambda the true lambda of image 1, from attribute {@code mixtureCoeff}; {@code NaN}
 *     when the judgments do not carry it
 * @param perceivedLambdas {@code l_i} in input order
 * @param confidences {@code c_i} in input order, 0-1
 * @param mean the mean perceived lambda
 * @param std the population standard deviation of the perceived lambdas
 * @param confidenceWeightedMean {@code wmean}, or {@code NaN} when every confidence is 0
 * @param weightedRelabel {@code wrel}, the mean of confidence times perceived lambda
 */
public record MixingFactorSummary(String stimulus, double trueLambda, List<Double> perceivedLambdas,
        List<Double> confidences, double mean, double std, double confidenceWeightedMean, double weightedRelabel) {

    /** Attribute with the true lambda, as the H-Mix importer keeps it. */
    public static final String TRUE_LAMBDA_ATTRIBUTE = "mixtureCoeff";

    /** Copies the lists. */
    public MixingFactorSummary {
        Objects.requireNonNull(stimulus, "stimulus");
        perceivedLambdas = List.copyOf(perceivedLambdas);
        confidences = List.copyOf(confidences);
    }

    /** {@code true - mean} (the study's "Re-Label Diff"); {@code NaN} when the true lambda is unknown. */
    public double relabelDiff() {
        return trueLambda - mean;
    }

    /**
     * {@code true - weightedRelabel} (the study's "Weighted Re-Label Diff"); {@code NaN} when the
     * true lambda is unknown.
     */
    public double weightedRelabelDiff() {
        return trueLambda - weightedRelabel;
    }

    /** Number of answers. */
    public int count() {
        return perceivedLambdas.size();
    }

    /**
     * One summary per stimulus (item) of the mixing-factor judgments in {@code judgments}, sorted
     * by stimulus name; other protocols are ignored.
     *
     * @param includeRepeats whether repeat trials count as further answers
     * @throws IllegalArgumentException when the judgments of one stimulus disagree about its true
     *     lambda or give one that is not a number
     */
    public static List<MixingFactorSummary> summarise(List<Judgment> judgments, boolean includeRepeats) {
        Map<String, List<Judgment>> byStimulus = new TreeMap<>();
        for (Judgment j : judgments) {
            if (j.protocol() == Protocol.MIXING_FACTOR && (includeRepeats || !j.repeat())) {
                byStimulus.computeIfAbsent(j.item(), k -> new ArrayList<>()).add(j);
            }
        }
        List<MixingFactorSummary> out = new ArrayList<>(byStimulus.size());
        for (Map.Entry<String, List<Judgment>> e : byStimulus.entrySet()) {
            out.add(of(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static MixingFactorSummary of(String stimulus, List<Judgment> js) {
        String trueText = null;
        List<Double> lambdas = new ArrayList<>(js.size());
        List<Double> conf = new ArrayList<>(js.size());
        for (Judgment j : js) {
            String t = j.attribute(TRUE_LAMBDA_ATTRIBUTE);
            if (t != null) {
                if (trueText != null && parse(stimulus, t) != parse(stimulus, trueText)) {
                    throw new IllegalArgumentException("stimulus " + stimulus + ": answers give two true lambdas, "
                            + trueText + " and " + t + "; check the " + TRUE_LAMBDA_ATTRIBUTE + " column");
                }
                trueText = t;
            }
            MixingFactorAnswer a = (MixingFactorAnswer) j.answer();
            lambdas.add((100.0 - a.slider()) / 100.0);
            conf.add(a.confidence() / 100.0);
        }
        int n = lambdas.size();
        double sum = 0;
        double csum = 0;
        double wsum = 0;
        for (int i = 0; i < n; i++) {
            sum += lambdas.get(i);
            csum += conf.get(i);
            wsum += conf.get(i) * lambdas.get(i);
        }
        double mean = sum / n;
        double ss = 0;
        for (double l : lambdas) {
            ss += (l - mean) * (l - mean);
        }
        return new MixingFactorSummary(stimulus, trueText == null ? Double.NaN : parse(stimulus, trueText), lambdas,
                conf, mean, Math.sqrt(ss / n), csum == 0 ? Double.NaN : wsum / csum, wsum / n);
    }

    private static double parse(String stimulus, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stimulus " + stimulus + ": true lambda '" + text
                    + "' is not a number", e);
        }
    }
}
