package org.hillmix.server.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Mixup targets (no DJL). Image i is the unit vector e_i, so a mixed image
 * {@code lambda e_i + (1 - lambda) e_j} reveals its partner j and its lambda, and the target can
 * be checked against {@code lambda y_i + (1 - lambda) y_j} computed by hand from those.
 */
class MixupRecipeTest {

    private static final int N = 8;
    private static final int K = 3;
    private static final int[] LABELS = {0, 1, 2, 0, 1, 2, 0, 1};

    private static ExampleSet unitVectors() {
        float[][] images = new float[N][N];
        for (int i = 0; i < N; i++) {
            images[i][i] = 1f;
        }
        return new ExampleSet(1, 1, N, images, LABELS, K);
    }

    private static float[][] copies(ExampleSet set) {
        float[][] out = new float[set.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = set.images()[i].clone();
        }
        return out;
    }

    /** Partner and lambda read back from a mixed unit-vector image of item i. */
    private record Pair(int partner, double lambda) {
    }

    private static Pair decode(int i, float[] mixed) {
        for (int j = 0; j < mixed.length; j++) {
            if (j != i && mixed[j] != 0f) {
                return new Pair(j, mixed[i]);
            }
        }
        // Paired with itself (or lambda exactly 1): the image is unchanged.
        return new Pair(i, 1.0);
    }

    private static int[] allItems() {
        int[] items = new int[N];
        for (int i = 0; i < N; i++) {
            items[i] = i;
        }
        return items;
    }

    @Test
    void mixupTargetIsLambdaOneHotPlusOneMinusLambdaPartner() {
        ExampleSet set = unitVectors();
        BatchRecipe recipe = BatchRecipe.forRegime(new Regime.Mixup(0.4), set);
        Set<Double> lambdas = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            TrainingBatch batch = recipe.make(allItems(), copies(set), new SplittableRandom(seed));
            Set<Integer> partners = new HashSet<>();
            for (int i = 0; i < N; i++) {
                Pair pair = decode(i, batch.images()[i]);
                partners.add(pair.partner());
                lambdas.add(pair.lambda());
                double[] expected = new double[K];
                expected[LABELS[i]] += pair.lambda();
                expected[LABELS[pair.partner()]] += 1 - pair.lambda();
                assertArrayEquals(expected, batch.targets()[i], 1e-6, "seed " + seed + " item " + i);
                // Pixel mass is conserved by a convex combination.
                float sum = 0;
                for (float v : batch.images()[i]) {
                    sum += v;
                }
                assertEquals(1.0, sum, 1e-6);
            }
            // Partners are a permutation of the batch (the shuffled batch).
            assertEquals(N, partners.size(), "seed " + seed);
        }
        // Per-example lambdas: many distinct values, not one per batch.
        assertTrue(lambdas.size() > 40, "distinct lambdas: " + lambdas.size());
    }

    @Test
    void humanMixupUsesPerceivedLambdaJudgedLabelsAndKeepsSelfPairs() {
        ExampleSet set = unitVectors();
        PerceptionMap squared = (lambda, c1, c2) -> lambda * lambda;
        MixedImageLabels judged = (i1, i2, lambda) -> i1 == 0 && i2 == 1 ? new double[] {0, 0, 2} : null;
        BatchRecipe human = BatchRecipe.forRegime(new Regime.HumanMixup(0.4, squared, judged), set);
        BatchRecipe plain = BatchRecipe.forRegime(new Regime.Mixup(0.4), set);
        boolean sawJudged = false;
        boolean sawSelf = false;
        for (long seed = 0; seed < 200; seed++) {
            TrainingBatch batch = human.make(allItems(), copies(set), new SplittableRandom(seed));
            TrainingBatch plainBatch = plain.make(allItems(), copies(set), new SplittableRandom(seed));
            for (int i = 0; i < N; i++) {
                // Same seed: the same images and lambdas as plain mixup, only the targets differ.
                assertArrayEquals(plainBatch.images()[i], batch.images()[i]);
                Pair pair = decode(i, batch.images()[i]);
                double[] expected = new double[K];
                if (pair.partner() == i) {
                    expected[LABELS[i]] = 1;
                    sawSelf = true;
                } else if (i == 0 && pair.partner() == 1) {
                    expected[2] = 1;
                    sawJudged = true;
                } else {
                    double q = pair.lambda() * pair.lambda();
                    expected[LABELS[i]] += q;
                    expected[LABELS[pair.partner()]] += 1 - q;
                }
                assertArrayEquals(expected, batch.targets()[i], 1e-6, "seed " + seed + " item " + i);
            }
        }
        assertTrue(sawJudged && sawSelf, "the seeds should cover a judged pair and a self pair");
    }

    @Test
    void perceivedLambdaOutsideTheUnitIntervalIsRejected() {
        ExampleSet set = unitVectors();
        BatchRecipe recipe = BatchRecipe.forRegime(new Regime.HumanMixup(1.0, (l, a, b) -> 1.5, null), set);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> recipe.make(allItems(), copies(set), new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("perception map returned 1.5"), e.getMessage());
    }

    @Test
    void mixPixelsIsAConvexCombination() {
        float[] mixed = MixupRecipe.mixPixels(new float[] {1f, 0f, 0.5f}, new float[] {0f, 1f, 0.25f}, 0.25);
        assertArrayEquals(new float[] {0.25f, 0.75f, 0.3125f}, mixed, 1e-7f);
    }

    @Test
    void permutationIsUniform() {
        // P(position 0 holds element k) = 1/4 for each k.
        int[] counts = new int[4];
        SplittableRandom rng = new SplittableRandom(3);
        int draws = 40_000;
        for (int t = 0; t < draws; t++) {
            counts[MixupRecipe.permutation(4, rng)[0]]++;
        }
        for (int count : counts) {
            // Binomial(40000, 1/4): sd 86.6; 5 sd.
            assertEquals(draws / 4.0, count, 433);
        }
    }
}
