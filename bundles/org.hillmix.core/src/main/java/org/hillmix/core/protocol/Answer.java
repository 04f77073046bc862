package org.hillmix.core.protocol;

/**
 * An annotator's answer under one {@link Protocol}. Answers are plain data: they hold what the
 * annotator gave, even when it is suspicious; {@link AnswerValidator} judges them.
 */
public sealed interface Answer
        permits CategoricalAnswer, MixingFactorAnswer, ConstructMidpointAnswer, SelectShuffledAnswer,
        FreeDistributionAnswer {

    /** The protocol this answer belongs to. */
    Protocol protocol();
}
