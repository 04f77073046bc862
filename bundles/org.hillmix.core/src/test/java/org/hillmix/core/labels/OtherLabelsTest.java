package org.hillmix.core.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;

/** Vote distributions, label smoothing, mixup labels and aggregation on hand-worked numbers. */
class OtherLabelsTest {

    static final double EPS = 1e-12;

    @Test
    void voteDistribution() {
        assertArrayEquals(new double[] {0.1, 0.0, 0.9}, VoteDistribution.fromCounts(new long[] {5, 0, 45}), EPS);
        assertArrayEquals(new double[] {0.25, 0.75}, VoteDistribution.fromVotes(new int[] {1, 0, 1, 1}, 2), EPS);
        assertThrows(IllegalArgumentException.class, () -> VoteDistribution.fromCounts(new long[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> VoteDistribution.fromCounts(new long[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> VoteDistribution.fromVotes(new int[] {2}, 2));
    }

    @Test
    void labelSmoothing() {
        // class 2 of 4, s = 0.2: 0.2/4 = 0.05 everywhere plus 0.8 on class 2
        assertArrayEquals(new double[] {.05, .05, .85, .05}, LabelSmoothing.smooth(2, 4, .2), EPS);
        assertArrayEquals(new double[] {0, 1}, LabelSmoothing.smooth(1, 2, 0), EPS);
        assertArrayEquals(new double[] {.5, .5}, LabelSmoothing.smooth(0, 2, 1), EPS);
        assertArrayEquals(new double[] {.3 * .9 + .05, .7 * .9 + .05}, LabelSmoothing.smooth(new double[] {.3, .7}, .1),
                EPS);
        assertThrows(IllegalArgumentException.class, () -> LabelSmoothing.smooth(0, 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> LabelSmoothing.smooth(2, 2, .1));
    }

    @Test
    void mixupFromPerceivedLambda() {
        // slider 30 -> perceived lambda for image 1 = 0.7
        MixingFactorAnswer a = new MixingFactorAnswer(30, 50);
        assertArrayEquals(new double[] {0, .7, 0, .3}, MixupLabels.perceived(a, 1, 3, 4), EPS);
        // slider 0 = "100% class 1"
        assertArrayEquals(new double[] {1, 0}, MixupLabels.perceived(new MixingFactorAnswer(0, 90), 0, 1, 2), EPS);
        // same class twice: all mass on it
        assertArrayEquals(new double[] {0, 1}, MixupLabels.mix(1, 1, .4, 2), EPS);
        // confidence 50, true 0.5: 0.5 * 0.7 + 0.5 * 0.5 = 0.6
        assertEquals(.6, MixupLabels.confidenceWeightedLambda(a, .5), EPS);
        assertArrayEquals(new double[] {.6, .4}, MixupLabels.confidenceWeighted(a, .5, 0, 1, 2), EPS);
        // full confidence uses the perception, zero confidence the truth
        assertEquals(.7, MixupLabels.confidenceWeightedLambda(new MixingFactorAnswer(30, 100), .2), EPS);
        assertEquals(.2, MixupLabels.confidenceWeightedLambda(new MixingFactorAnswer(30, 0), .2), EPS);
        assertThrows(IllegalArgumentException.class, () -> MixupLabels.mix(0, 1, 1.1, 2));
        assertThrows(IllegalArgumentException.class, () -> MixupLabels.perceived(new MixingFactorAnswer(120, 0), 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> MixupLabels.confidenceWeightedLambda(a, -0.1));
    }

    @Test
    void aggregationMeansAndEntropy() {
        SoftLabelScheme s = SoftLabelScheme.CIFAR10S_PUBLISHED;
        List<AnnotatorLabel> labels = List.of(
                new AnnotatorLabel("a", "x", new double[] {1, 0, 0}, s, Set.of(), List.of()),
                new AnnotatorLabel("b", "x", new double[] {0, 0, 1}, s, Set.of(), List.of()),
                new AnnotatorLabel("a", "y", new double[] {.5, .5, 0}, s, Set.of(), List.of()));
        List<AggregatedLabel> agg = SoftLabelAggregator.aggregate(labels, ProgressMonitor.NULL);
        assertEquals(2, agg.size());
        assertEquals("a", agg.get(0).item());
        assertEquals(2, agg.get(0).annotators());
        assertArrayEquals(new double[] {.75, .25, 0}, agg.get(0).mean(), EPS);
        // H = 0.75 ln(4/3) + 0.25 ln 4 = 0.215761554338838 + 0.346573590279973
        assertEquals(0.562335144618811, agg.get(0).entropy(), 1e-12);
        assertEquals(0, agg.get(1).entropy(), EPS);
        assertEquals(1, agg.get(1).annotators());
        // uniform over 10 classes: ln 10 = 2.302585092994046
        assertEquals(2.302585092994046, SoftLabelAggregator.entropy(new double[] {.1, .1, .1, .1, .1, .1, .1, .1, .1, .1}),
                1e-12);
    }

    @Test
    void aggregationRefusesMixedSizes() {
        SoftLabelScheme s = SoftLabelScheme.CIFAR10S_PUBLISHED;
        List<AnnotatorLabel> labels = List.of(
                new AnnotatorLabel("a", "x", new double[] {1, 0}, s, Set.of(), List.of()),
                new AnnotatorLabel("a", "y", new double[] {1, 0, 0}, s, Set.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SoftLabelAggregator.aggregate(labels, null));
    }
}
