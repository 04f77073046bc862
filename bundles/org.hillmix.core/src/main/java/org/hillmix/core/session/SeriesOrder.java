package org.hillmix.core.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.hillmix.core.mixup.MidpointSeries;

/**
 * The per-item randomness of the midpoint views, reproducible from the annotator and item ids: the
 * frame the construct view starts at and the order the select-shuffled view shows the frames in.
 * Seeding from the ids (rather than a clock) means a resumed or re-run session shows an annotator
 * exactly what it showed before, and a study lead can reconstruct every display afterwards.
 */
public final class SeriesOrder {

    /** Index of the 50/50 frame (lambda 0.5). */
    public static final int MIDDLE = MidpointSeries.STEPS / 2;

    private SeriesOrder() {
    }

    /**
     * The frame the construct-midpoint view starts at: uniform over the {@code STEPS} frames other
     * than the middle one, so that the annotator always has to move to reach 50/50 and the start
     * cannot be submitted as the answer by accident.
     */
    public static int constructStart(String annotator, String item) {
        int k = random("construct", annotator, item).nextInt(MidpointSeries.STEPS);
        return k < MIDDLE ? k : k + 1;
    }

    /**
     * The order the select-shuffled view shows the {@code STEPS + 1} frames in: element {@code p}
     * is the frame index shown at grid position {@code p} (a Fisher-Yates shuffle).
     */
    public static List<Integer> shuffled(String annotator, String item) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i <= MidpointSeries.STEPS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random("select", annotator, item));
        return List.copyOf(order);
    }

    private static Random random(String purpose, String annotator, String item) {
        // String.hashCode is specified by the JLS, so the seed is the same on every JVM.
        long seed = ((long) (purpose + '\u0000' + annotator).hashCode() << 32) ^ (item.hashCode() & 0xFFFFFFFFL);
        return new Random(seed);
    }
}
