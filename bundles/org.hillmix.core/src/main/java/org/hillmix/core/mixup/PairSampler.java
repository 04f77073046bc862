package org.hillmix.core.mixup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.hillmix.core.data.LabeledImageDataset;

/**
 * Samples image pairs for mixup from <b>different</b> classes, balanced over unordered class
 * pairs, reproducibly from a seed.
 *
 * <p>Let {@code K} be the number of classes that have at least one image and
 * {@code P = K (K - 1) / 2} the number of unordered class pairs. For {@code n} pairs, every class
 * pair gets {@code floor(n / P)} image pairs and {@code n mod P} class pairs, chosen at random, get
 * one more, so counts differ by at most one. Within a class pair the two images are drawn uniformly
 * from their classes, without repeating an image pair. Image 1 ({@link ImagePair#first()}) is the
 * one whose class has the lower class index, as in the published H-Mix names (Airplane before
 * Frog). The result is shuffled.
 *
 * <p>Randomness: {@link SplittableRandom} seeded with {@code seed}, whose algorithm is fixed by
 * the JDK specification, so the same dataset (same item order), {@code n} and seed give the same
 * pairs on every run and platform.
 */
public final class PairSampler {

    private PairSampler() {
    }

    /**
     * Samples {@code n} pairs.
     *
     * @throws IllegalArgumentException when {@code n < 0}, fewer than two classes have images, or a
     *             class pair has fewer distinct image pairs than it must supply
     */
    public static List<ImagePair> sample(LabeledImageDataset dataset, int n, long seed) {
        return sample(dataset, n, new SplittableRandom(seed));
    }

    /** Samples {@code n} pairs using {@code rnd}; see {@link #sample(LabeledImageDataset, int, long)}. */
    public static List<ImagePair> sample(LabeledImageDataset dataset, int n, SplittableRandom rnd) {
        if (n < 0) {
            throw new IllegalArgumentException("number of pairs must be >= 0, got " + n);
        }
        int classes = dataset.classSet().size();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < dataset.size(); i++) {
            byClass.get(dataset.label(i)).add(i);
        }
        List<int[]> classPairs = new ArrayList<>();
        for (int a = 0; a < classes; a++) {
            for (int b = a + 1; b < classes; b++) {
                if (!byClass.get(a).isEmpty() && !byClass.get(b).isEmpty()) {
                    classPairs.add(new int[] {a, b});
                }
            }
        }
        if (classPairs.isEmpty()) {
            throw new IllegalArgumentException("mixup pairs need images of at least two classes; the dataset has"
                    + " images of " + byClass.stream().filter(l -> !l.isEmpty()).count() + " class(es)");
        }
        int p = classPairs.size();
        int base = n / p;
        int extra = n % p;
        // which class pairs get one more: a seeded random choice of 'extra' of them
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            order.add(k);
        }
        shuffle(order, rnd);
        int[] counts = new int[p];
        for (int k = 0; k < p; k++) {
            counts[k] = base;
        }
        for (int k = 0; k < extra; k++) {
            counts[order.get(k)]++;
        }
        List<ImagePair> out = new ArrayList<>(n);
        for (int k = 0; k < p; k++) {
            List<Integer> as = byClass.get(classPairs.get(k)[0]);
            List<Integer> bs = byClass.get(classPairs.get(k)[1]);
            long possible = (long) as.size() * bs.size();
            if (counts[k] > possible) {
                throw new IllegalArgumentException("classes '" + dataset.classSet().name(classPairs.get(k)[0])
                        + "' and '" + dataset.classSet().name(classPairs.get(k)[1]) + "' must supply " + counts[k]
                        + " pairs but have only " + possible + " distinct image pairs; ask for fewer pairs");
            }
            for (long code : distinct(counts[k], possible, rnd)) {
                out.add(new ImagePair(as.get((int) (code / bs.size())), bs.get((int) (code % bs.size()))));
            }
        }
        shuffle(out, rnd);
        return out;
    }

    /** {@code count} distinct values in [0, possible), in random order. */
    private static List<Long> distinct(int count, long possible, SplittableRandom rnd) {
        List<Long> out = new ArrayList<>(count);
        if (count * 2L > possible) {
            // dense: partial Fisher-Yates over all codes (possible is then < 2 * count)
            List<Long> all = new ArrayList<>((int) possible);
            for (long c = 0; c < possible; c++) {
                all.add(c);
            }
            for (int i = 0; i < count; i++) {
                int j = i + rnd.nextInt((int) possible - i);
                Collections.swap(all, i, j);
                out.add(all.get(i));
            }
            return out;
        }
        Set<Long> seen = new HashSet<>();
        while (out.size() < count) {
            long c = rnd.nextLong(possible);
            if (seen.add(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Fisher-Yates with {@code rnd} (Collections.shuffle would need a java.util.Random). */
    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rnd.nextInt(i + 1));
        }
    }
}
