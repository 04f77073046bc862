package org.hillmix.server.eval.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.server.eval.simulation.MixingJudgment;

/**
 * Sorts judgments into what a job can train with: per-item soft labels from categorical answers (the published
 * CIFAR-10S scheme, top-2 clamp with gamma 0.1) and free distributions (normalised weights), and
 * {@link MixingJudgment}s from mixing-factor answers whose attributes name the classes ({@code label1},
 * {@code label2}) and the true lambda of image 1 ({@code mixtureCoeff}, or {@code trueLambda}). Answers the
 * core {@link AnswerValidator} rejects, mixing-factor answers without those attributes and other protocols are
 * counted as skipped.
 */
final class JudgmentLabels {

    /** Per item id, the soft labels in input order. */
    final Map<String, List<double[]>> softLabels = new TreeMap<>();
    /** The mixing-factor judgments. */
    final List<MixingJudgment> mixing = new ArrayList<>();
    /** Judgments that gave neither, with the first reason seen. */
    int skipped;
    String firstSkipReason;

    private JudgmentLabels() {
    }

    /** Sorts {@code judgments} over {@code classes}. */
    static JudgmentLabels of(List<Judgment> judgments, ClassSet classes) {
        JudgmentLabels out = new JudgmentLabels();
        AnswerValidator validator = new AnswerValidator(classes);
        CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(classes, SoftLabelScheme.CIFAR10S_PUBLISHED);
        for (Judgment j : judgments) {
            var validation = validator.validate(j.answer());
            if (!validation.isValid()) {
                out.skip("item " + j.item() + ": " + String.join("; ", validation.errors()));
                continue;
            }
            switch (j.answer()) {
                case CategoricalAnswer a -> out.add(j.item(), labeler.label(a));
                case FreeDistributionAnswer a -> out.add(j.item(), a.normalised());
                case MixingFactorAnswer a -> out.mixing(j, a, classes);
                default -> out.skip("item " + j.item() + ": " + j.protocol().id() + " answers give no labels");
            }
        }
        return out;
    }

    private void add(String item, double[] label) {
        softLabels.computeIfAbsent(item, k -> new ArrayList<>()).add(label);
    }

    private void mixing(Judgment j, MixingFactorAnswer a, ClassSet classes) {
        String l1 = j.attribute("label1");
        String l2 = j.attribute("label2");
        String lambda = j.attribute("mixtureCoeff") != null ? j.attribute("mixtureCoeff") : j.attribute("trueLambda");
        if (l1 == null || l2 == null || lambda == null || !classes.contains(l1) || !classes.contains(l2)) {
            skip("item " + j.item() + ": a mixing-factor judgment needs attributes label1 and label2 (classes of "
                    + classes + ") and mixtureCoeff (the true lambda of image 1)");
            return;
        }
        double trueLambda;
        try {
            trueLambda = Double.parseDouble(lambda.trim());
        } catch (NumberFormatException e) {
            skip("item " + j.item() + ": mixtureCoeff '" + lambda + "' is not a number");
            return;
        }
        if (!(trueLambda >= 0 && trueLambda <= 1)) {
            skip("item " + j.item() + ": mixtureCoeff " + trueLambda + " is outside [0, 1]");
            return;
        }
        mixing.add(new MixingJudgment(classes.indexOf(l1), classes.indexOf(l2), trueLambda, a.perceivedLambda1(),
                a.confidence01()));
    }

    private void skip(String reason) {
        if (skipped++ == 0) {
            firstSkipReason = reason;
        }
    }

    /** Total soft labels. */
    int softLabelCount() {
        return softLabels.values().stream().mapToInt(List::size).sum();
    }
}
