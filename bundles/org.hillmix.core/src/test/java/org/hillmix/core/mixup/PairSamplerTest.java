package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.InMemoryImageDataset;
import org.junit.jupiter.api.Test;

/** Balanced, seeded pair sampling across classes. */
class PairSamplerTest {

    /** A dataset with {@code sizes[c]} one-pixel grey images of class c; item values encode the item. */
    static InMemoryImageDataset dataset(int... sizes) {
        String[] names = new String[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            names[c] = "c" + c;
        }
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(ClassSet.of(names));
        int id = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int k = 0; k < sizes[c]; k++, id++) {
                b.add(Integer.toString(id), c, ImageTensor.fromInts(1, 1, 1, new int[] {id % 256}));
            }
        }
        return b.build();
    }

    @Test
    void everyClassPairGetsItsShareGivingOrTakingOne() {
        InMemoryImageDataset ds = dataset(5, 7, 3, 10);
        List<ImagePair> pairs = PairSampler.sample(ds, 20, 11L);
        assertEquals(20, pairs.size());
        // 4 classes -> 6 class pairs; 20 = 6 * 3 + 2, so two class pairs get 4 and four get 3
        Map<String, Integer> perClassPair = new HashMap<>();
        Set<ImagePair> distinct = new HashSet<>();
        for (ImagePair p : pairs) {
            int a = ds.label(p.first());
            int b = ds.label(p.second());
            assertTrue(a < b, "image 1 must be of the lower class index: " + a + ", " + b);
            perClassPair.merge(a + "-" + b, 1, Integer::sum);
            assertTrue(distinct.add(p), "pair repeated: " + p);
        }
        assertEquals(6, perClassPair.size());
        assertEquals(2, perClassPair.values().stream().filter(v -> v == 4).count());
        assertEquals(4, perClassPair.values().stream().filter(v -> v == 3).count());
    }

    @Test
    void sameSeedSamePairsOtherSeedOtherPairs() {
        InMemoryImageDataset ds = dataset(20, 20, 20);
        assertEquals(PairSampler.sample(ds, 30, 5L), PairSampler.sample(ds, 30, 5L));
        assertNotEquals(PairSampler.sample(ds, 30, 5L), PairSampler.sample(ds, 30, 6L));
    }

    @Test
    void everyImagePairOfTwoSmallClassesCanBeDrawn() {
        InMemoryImageDataset ds = dataset(2, 3);
        List<ImagePair> all = PairSampler.sample(ds, 6, 1L);
        assertEquals(6, new HashSet<>(all).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairSampler.sample(ds, 7, 1L));
        assertTrue(e.getMessage().contains("only 6 distinct"), e.getMessage());
    }

    @Test
    void emptyClassesAreLeftOutAndOneClassIsNotEnough() {
        InMemoryImageDataset ds = dataset(4, 0, 4);
        for (ImagePair p : PairSampler.sample(ds, 9, 3L)) {
            assertEquals(0, ds.label(p.first()));
            assertEquals(2, ds.label(p.second()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairSampler.sample(dataset(5, 0), 1, 1L));
        assertTrue(e.getMessage().contains("at least two classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PairSampler.sample(ds, -1, 1L));
        assertEquals(0, PairSampler.sample(ds, 0, 1L).size());
    }

    @Test
    void imagesWithinAClassAreDrawnRoughlyUniformly() {
        InMemoryImageDataset ds = dataset(10, 10);
        int[] count = new int[20];
        for (long seed = 0; seed < 200; seed++) {
            for (ImagePair p : PairSampler.sample(ds, 10, seed)) {
                count[p.first()]++;
                count[p.second()]++;
            }
        }
        // 200 runs x 10 pairs: each image expected 200 times per side
        for (int i = 0; i < 20; i++) {
            assertTrue(count[i] > 140 && count[i] < 260, "image " + i + " drawn " + count[i] + " times");
        }
    }
}
