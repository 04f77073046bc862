package org.hillmix.core.evaluation;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;

/**
 * What an evaluation job can train with from one judgment: the one rule the server (which turns journals into
 * labels) and the workbench (which refuses up front a regime that would have nothing to train on) share.
 *
 * <ul>
 * <li>{@link Kind#SOFT_LABEL}: a valid categorical or free-distribution answer gives the item a soft label
 * (regime {@code human-soft} and the controls built from it);</li>
 * <li>{@link Kind#MIXING}: a valid mixing-factor answer whose attributes name both classes ({@code label1},
 * {@code label2}, classes of the data set) and the true lambda of image 1 ({@code mixtureCoeff}, or
 * {@code trueLambda}, in [0, 1]) is a mixing judgment (regime {@code human-mixup});</li>
 * <li>{@link Kind#NONE}: anything else, with the reason.</li>
 * </ul>
 *
 * @param kind what the judgment gives
 * @param class1 index of the class of image 1 ({@link Kind#MIXING} only, else -1)
 * @param class2 index of the class of image 2 ({@link Kind#MIXING} only, else -1)
 * @param trueLambda the true mixing factor of image 1 ({@link Kind#MIXING} only, else NaN)
 * @param reason why the judgment gives nothing ({@link Kind#NONE} only, else null)
 */
public record JudgmentUse(Kind kind, int class1, int class2, double trueLambda, String reason) {

    /** What a judgment gives. */
    public enum Kind {
        /** A per-item soft label. */
        SOFT_LABEL,
        /** A mixing-factor judgment. */
        MIXING,
        /** Nothing to train with. */
        NONE
    }

    /** The use of {@code j} for a data set of {@code classes}, its answer checked by {@code validator}. */
    public static JudgmentUse of(Judgment j, ClassSet classes, AnswerValidator validator) {
        var validation = validator.validate(j.answer());
        if (!validation.isValid()) {
            return none("item " + j.item() + ": " + String.join("; ", validation.errors()));
        }
        return switch (j.answer()) {
            case CategoricalAnswer a -> new JudgmentUse(Kind.SOFT_LABEL, -1, -1, Double.NaN, null);
            case FreeDistributionAnswer a -> new JudgmentUse(Kind.SOFT_LABEL, -1, -1, Double.NaN, null);
            case MixingFactorAnswer a -> mixing(j, classes);
            default -> none("item " + j.item() + ": " + j.protocol().id() + " answers give no labels");
        };
    }

    private static JudgmentUse mixing(Judgment j, ClassSet classes) {
        String l1 = j.attribute("label1");
        String l2 = j.attribute("label2");
        String lambda = j.attribute("mixtureCoeff") != null ? j.attribute("mixtureCoeff") : j.attribute("trueLambda");
        if (l1 == null || l2 == null || lambda == null || !classes.contains(l1) || !classes.contains(l2)) {
            return none("item " + j.item() + ": a mixing-factor judgment needs attributes label1 and label2 (classes "
                    + "of " + classes + ") and mixtureCoeff (the true lambda of image 1)");
        }
        double trueLambda;
        try {
            trueLambda = Double.parseDouble(lambda.trim());
        } catch (NumberFormatException e) {
            return none("item " + j.item() + ": mixtureCoeff '" + lambda + "' is not a number");
        }
        if (!(trueLambda >= 0 && trueLambda <= 1)) {
            return none("item " + j.item() + ": mixtureCoeff " + trueLambda + " is outside [0, 1]");
        }
        return new JudgmentUse(Kind.MIXING, classes.indexOf(l1), classes.indexOf(l2), trueLambda, null);
    }

    private static JudgmentUse none(String reason) {
        return new JudgmentUse(Kind.NONE, -1, -1, Double.NaN, reason);
    }
}
