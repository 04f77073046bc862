package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Per-item targets of the non-mixing regimes, through {@link BatchRecipe#forRegime} (no DJL). */
class ItemTargetsTest {

    private static final double EPS = 1e-12;
    private static final int[] LABELS = {0, 1, 2};

    private static ExampleSet tinySet() {
        return new ExampleSet(1, 1, 2, new float[][] {{0.1f, 0.2f}, {0.3f, 0.4f}, {0.5f, 0.6f}}, LABELS, 3);
    }

    private static double[][] targets(Regime regime, long seed) {
        TrainingBatch batch = BatchRecipe.forRegime(regime, tinySet())
                .make(new int[] {0, 1, 2}, tinySet().images().clone(), new SplittableRandom(seed));
        return batch.targets();
    }

    @Test
    void hardTargetsAreOneHot() {
        double[][] y = targets(new Regime.Hard(), 0);
        assertArrayEquals(new double[] {1, 0, 0}, y[0], EPS);
        assertArrayEquals(new double[] {0, 0, 1}, y[2], EPS);
    }

    @Test
    void labelSmoothingTargets() {
        double[][] y = targets(new Regime.LabelSmoothing(0.3), 0);
        // (1 - 0.3) onehot + 0.3 / 3 = 0.1 everywhere plus 0.7 at the label.
        assertArrayEquals(new double[] {0.1, 0.8, 0.1}, y[1], EPS);
    }

    @Test
    void votesAreNormalisedPerItem() {
        double[][] votes = {{8, 2, 0}, {0, 1, 0}, {1, 1, 2}};
        double[][] y = targets(new Regime.Votes(votes), 0);
        assertArrayEquals(new double[] {0.8, 0.2, 0}, y[0], EPS);
        assertArrayEquals(new double[] {0, 1, 0}, y[1], EPS);
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, y[2], EPS);
    }

    @Test
    void votesMustCoverEveryTrainItem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchRecipe.forRegime(new Regime.Votes(new double[][] {{1, 0, 0}}), tinySet()));
        assertTrue(e.getMessage().contains("1 items") && e.getMessage().contains("has 3"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> BatchRecipe.forRegime(new Regime.Votes(new double[][] {{1, 0, 0}, {0, 0, 0}, {1, 1, 1}}),
                        tinySet()));
        assertTrue(bad.getMessage().contains("train item 1"), bad.getMessage());
    }

    @Test
    void humanSoftMeanAveragesNormalisedAnnotatorsAndFallsBackToOneHot() {
        double[][][] annotators = {
            {{1, 0, 0}, {0, 2, 2}},        // mean of (1,0,0) and (0,.5,.5)
            {},                            // no annotators: one-hot of label 1
            {{0, 0, 1}, {0, 1, 0}, {0, 0, 3}},
        };
        double[][] y = targets(new Regime.HumanSoft(annotators, false), 0);
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, y[0], EPS);
        assertArrayEquals(new double[] {0, 1, 0}, y[1], EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, y[2], EPS);
    }

    @Test
    void humanSoftSamplingPicksOneAnnotatorUniformly() {
        double[][][] annotators = {{{1, 0, 0}, {0, 1, 0}}, {{0, 1, 0}}, {{0, 0, 1}}};
        HumanSoftTargets targets = new HumanSoftTargets(annotators, true, LABELS, 3);
        SplittableRandom rng = new SplittableRandom(5);
        int first = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            double[] y = targets.target(0, rng);
            // Always exactly one of the two annotators, never their mean.
            assertTrue(y[0] == 1 || y[1] == 1, java.util.Arrays.toString(y));
            if (y[0] == 1) {
                first++;
            }
        }
        // Binomial(20000, 1/2): sd = 70.7; 5 sd either side.
        assertEquals(draws / 2.0, first, 360);
        assertArrayEquals(new double[] {0, 0, 1}, targets.target(2, rng), EPS);
    }

    @Test
    void humanSoftNeedsOneListPerItem() {
        assertThrows(IllegalArgumentException.class,
                () -> new HumanSoftTargets(new double[][][] {{}, {}}, false, LABELS, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HumanSoftTargets(new double[][][] {{}, {{1, 0}}, {}}, false, LABELS, 3));
        assertTrue(e.getMessage().contains("annotator 0 for train item 1"), e.getMessage());
    }
}
