package org.hillmix.server.eval.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.evaluation.JudgmentUse;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.server.eval.simulation.MixingJudgment;

/**
 * Sorts judgments into what a job can train with: per-item soft labels from categorical answers (the published
 * CIFAR-10S scheme, top-2 clamp with gamma 0.1) and free distributions (normalised weights), and
 * {@link MixingJudgment}s from mixing-factor answers whose attributes name the classes and the true lambda, as
 * the core's {@link JudgmentUse} decides (the workbench applies the same rule before it submits a job). Answers
 * the core {@link AnswerValidator} rejects, mixing-factor answers without those attributes and other protocols are
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

    /**
     * Why a judgment's answer is invalid for {@code classes} (the {@link AnswerValidator}'s errors, with the item),
     * or null when it is valid: the check a journal reader applies line by line.
     */
    static java.util.function.Function<Judgment, String> invalidAnswer(ClassSet classes) {
        AnswerValidator validator = new AnswerValidator(classes);
        return j -> {
            var validation = validator.validate(j.answer());
            return validation.isValid() ? null : "invalid answer about item '" + j.item() + "': "
                    + String.join("; ", validation.errors());
        };
    }

    /** Sorts {@code judgments} over {@code classes}. */
    static JudgmentLabels of(List<Judgment> judgments, ClassSet classes) {
        JudgmentLabels out = new JudgmentLabels();
        AnswerValidator validator = new AnswerValidator(classes);
        CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(classes, SoftLabelScheme.CIFAR10S_PUBLISHED);
        for (Judgment j : judgments) {
            JudgmentUse use = JudgmentUse.of(j, classes, validator);
            switch (use.kind()) {
                case SOFT_LABEL -> out.add(j.item(), j.answer() instanceof CategoricalAnswer a ? labeler.label(a)
                        : ((FreeDistributionAnswer) j.answer()).normalised());
                case MIXING -> {
                    MixingFactorAnswer a = (MixingFactorAnswer) j.answer();
                    out.mixing.add(new MixingJudgment(use.class1(), use.class2(), use.trueLambda(),
                            a.perceivedLambda1(), a.confidence01()));
                }
                default -> out.skip(use.reason());
            }
        }
        return out;
    }

    private void add(String item, double[] label) {
        softLabels.computeIfAbsent(item, k -> new ArrayList<>()).add(label);
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
