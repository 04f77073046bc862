package org.hillmix.core.agreement;

import java.util.List;

import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelAggregator;
import org.hillmix.core.protocol.CategoricalAnswer;

/**
 * Summary statistics of categorical answers (the CIFAR-10S protocol), for comparing simulated annotators with
 * real ones (docs/simulated-annotators.md).
 *
 * @param items items with at least one answer
 * @param answers answers in all
 * @param meanTop mean probability of the most probable class, 0-100
 * @param shareTop100 share of answers giving the most probable class 100
 * @param shareTopBelow50 share of answers giving the most probable class less than 50
 * @param secondRate share of answers naming a second class with a probability above 0
 * @param meanImpossible mean number of classes marked impossible per answer
 * @param meanLabelEntropy mean entropy (nats) of the answers' soft labels under the given labeler's scheme
 * @param topAgreement over all pairs of answers about the same item, the share naming the same most probable
 *        class (pairs pooled over items, so items with more answers weigh more)
 */
public record AnnotatorStatistics(int items, int answers, double meanTop, double shareTop100, double shareTopBelow50,
        double secondRate, double meanImpossible, double meanLabelEntropy, double topAgreement) {

    /**
     * Computes the statistics.
     *
     * @param perItem the answers about each item (items without answers are skipped)
     * @param labeler turns an answer into its soft label for the entropy
     */
    public static AnnotatorStatistics of(List<List<CategoricalAnswer>> perItem, CategoricalSoftLabeler labeler) {
        int items = 0;
        int answers = 0;
        double top = 0;
        int top100 = 0;
        int below50 = 0;
        int second = 0;
        double impossible = 0;
        double entropy = 0;
        long pairs = 0;
        long agreeing = 0;
        for (List<CategoricalAnswer> list : perItem) {
            if (list.isEmpty()) {
                continue;
            }
            items++;
            for (int a = 0; a < list.size(); a++) {
                CategoricalAnswer x = list.get(a);
                answers++;
                top += x.mostProbability();
                top100 += x.mostProbability() == 100 ? 1 : 0;
                below50 += x.mostProbability() < 50 ? 1 : 0;
                second += x.hasSecondProbability() && x.secondProbability() > 0 ? 1 : 0;
                impossible += x.impossible().size();
                entropy += SoftLabelAggregator.entropy(labeler.label(x));
                for (int b = a + 1; b < list.size(); b++) {
                    pairs++;
                    agreeing += list.get(b).mostProbable() == x.mostProbable() ? 1 : 0;
                }
            }
        }
        if (answers == 0) {
            throw new IllegalArgumentException("no answers to summarise");
        }
        return new AnnotatorStatistics(items, answers, top / answers, (double) top100 / answers,
                (double) below50 / answers, (double) second / answers, impossible / answers, entropy / answers,
                pairs == 0 ? Double.NaN : (double) agreeing / pairs);
    }
}
