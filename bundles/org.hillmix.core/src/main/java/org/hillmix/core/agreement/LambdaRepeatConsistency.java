package org.hillmix.core.agreement;

import org.hillmix.core.protocol.Protocol;

/**
 * How consistently one annotator answered repeat trials of a lambda protocol (mixing factor,
 * construct, select shuffled).
 *
 * @param annotator the annotator
 * @param protocol the protocol
 * @param pairs number of (first, repeated) answer pairs
 * @param unmatched repeat trials without a non-repeat answer to the same item (not counted)
 * @param meanAbsoluteDifference mean {@code |lambda_first - lambda_repeated|} over the pairs, on the
 *     0-1 lambda scale (see {@link RepeatConsistency#lambdaOf}); {@code NaN} when {@code pairs == 0}
 */
public record LambdaRepeatConsistency(String annotator, Protocol protocol, int pairs, int unmatched,
        double meanAbsoluteDifference) {
}
