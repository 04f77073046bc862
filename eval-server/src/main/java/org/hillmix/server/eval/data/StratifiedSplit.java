package org.hillmix.server.eval.data;

import org.hillmix.core.evaluation.SplitSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded, class-stratified train/validation/test split of item indices.
 *
 * <p>Each class's items are shuffled with a generator seeded by {@code seed}; of its {@code n_c} items,
 * {@code round(n_c * test)} go to test, {@code round(n_c * validation)} to validation and the rest to train,
 * except that when {@code n_c >= 3} each part gets at least one item (taken from train). So every class keeps its
 * share in every part, up to rounding.
 *
 * @param train training indices, ascending
 * @param validation validation indices, ascending
 * @param test test indices, ascending
 */
public record StratifiedSplit(int[] train, int[] validation, int[] test) {

    /**
     * Splits items by their labels.
     *
     * @param labels class of each item (>= 0)
     * @param spec the fractions and seed
     */
    public static StratifiedSplit of(int[] labels, SplitSpec spec) {
        int classes = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("item " + i + " has negative label " + labels[i]);
            }
            classes = Math.max(classes, labels[i] + 1);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        Random rnd = new Random(spec.seed());
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> items : byClass) {
            Collections.shuffle(items, rnd);
            int n = items.size();
            int nTest = (int) Math.round(n * spec.test());
            int nVal = (int) Math.round(n * spec.validation());
            if (n >= 3) {
                nTest = Math.max(1, nTest);
                nVal = Math.max(1, nVal);
                if (n - nTest - nVal < 1) {
                    // Rounding left no training item: take it from the larger of the other two parts.
                    if (nTest >= nVal) {
                        nTest--;
                    } else {
                        nVal--;
                    }
                }
            }
            nTest = Math.min(nTest, n);
            nVal = Math.min(nVal, n - nTest);
            test.addAll(items.subList(0, nTest));
            validation.addAll(items.subList(nTest, nTest + nVal));
            train.addAll(items.subList(nTest + nVal, n));
        }
        return new StratifiedSplit(sorted(train), sorted(validation), sorted(test));
    }

    private static int[] sorted(List<Integer> list) {
        int[] a = list.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
