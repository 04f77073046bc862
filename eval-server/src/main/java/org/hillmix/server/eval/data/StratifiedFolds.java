package org.hillmix.server.eval.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded, class-stratified assignment of items to {@code K} cross-validation folds, and the train / validation /
 * test parts of each fold's run (docs/job-config.md, {@code split.kind "kfold"}).
 *
 * <p>Assignment: the items of each class, in ascending index order, are shuffled with one generator seeded by
 * {@code seed} (classes in ascending order); walking the classes in order and each class's shuffled items in
 * order, the j-th item overall goes to fold {@code j mod K}. So every item is in exactly one fold, fold sizes
 * differ by at most one, and each class's count per fold differs by at most one. Each item also gets a half bit
 * (its position within its class's shuffled list, mod 2).
 *
 * <p>Run {@code f} tests fold {@code f}; with {@code K >= 3} fold {@code (f + 1) mod K} validates (temperature
 * scaling, early stopping) and the other {@code K - 2} folds train (80/10/10 at {@code K = 10}); with {@code K = 2}
 * the items of the other fold with half bit 0 validate and those with half bit 1 train.
 *
 * @param folds the number of folds K
 * @param fold per item, its fold in {@code 0..K-1}
 * @param half per item, its half bit
 */
public record StratifiedFolds(int folds, int[] fold, int[] half) {

    /**
     * Assigns items to folds by their labels.
     *
     * @param labels class of each item, {@code >= 0}
     * @param folds K, at least 2 and at most the size of the smallest class present
     * @param seed shuffle seed
     * @throws IllegalArgumentException naming {@code split.folds} when K is out of range
     */
    public static StratifiedFolds of(int[] labels, int folds, long seed, List<String> classNames) {
        if (folds < 2) {
            throw new IllegalArgumentException("split.folds must be >= 2, got " + folds);
        }
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
        for (int c = 0; c < classes; c++) {
            int n = byClass.get(c).size();
            if (n > 0 && n < folds) {
                String name = classNames != null && c < classNames.size() ? "'" + classNames.get(c) + "'" : "" + c;
                throw new IllegalArgumentException("split.folds " + folds + " is more than the " + n + " items of "
                        + "class " + name + "; every test fold needs an item of every class, so use at most " + n
                        + " folds");
            }
        }
        Random rnd = new Random(seed);
        int[] fold = new int[labels.length];
        int[] half = new int[labels.length];
        int j = 0;
        for (List<Integer> items : byClass) {
            Collections.shuffle(items, rnd);
            for (int r = 0; r < items.size(); r++) {
                fold[items.get(r)] = j % folds;
                half[items.get(r)] = r % 2;
                j++;
            }
        }
        return new StratifiedFolds(folds, fold, half);
    }

    /** The train / validation / test split of run {@code f} (indices ascending). */
    public StratifiedSplit run(int f) {
        if (f < 0 || f >= folds) {
            throw new IllegalArgumentException("fold " + f + " outside 0.." + (folds - 1));
        }
        int validationFold = (f + 1) % folds;
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] == f) {
                test.add(i);
            } else if (fold[i] == validationFold && (folds > 2 || half[i] == 0)) {
                validation.add(i);
            } else {
                train.add(i);
            }
        }
        return new StratifiedSplit(toArray(train), toArray(validation), toArray(test));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
