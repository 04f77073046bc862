package org.hillmix.core.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hillmix.core.protocol.Protocol;

/**
 * Assigns items to annotators and splits each annotator's share into batches.
 *
 * <p>Assignment: the items are shuffled, then item {@code i} (in shuffled order) goes to annotators
 * {@code (i k + j) mod A} for {@code j = 0..k-1}. Since {@code k <= A} these are k different
 * annotators, and since the {@code n k} assignments go round the annotators in turn, annotators'
 * loads differ by at most one.
 *
 * <p>Per annotator: the share is shuffled and cut into batches of {@code batchSize} study items.
 * Each batch is shuffled again and then gets {@code repeatsPerBatch} repeats of its own items
 * (chosen at random), placed after all first showings in shuffled order, the first repeat never
 * being the batch's last item, so a repeat is never shown right after its first showing (unless
 * the batch has one item). Gold items are then inserted after every {@code goldEvery - 1} items,
 * each gold item at most once per batch.
 *
 * <p>Randomness: everything is seeded, so the same inputs always give the same batches. The
 * assignment of items to annotators uses the plan's seed alone; an annotator's share is cut using
 * a seed derived from (seed, protocol, annotator), and each batch is ordered with one derived from
 * (seed, protocol, annotator, batch number) ({@link #orderSeed}). So plans of two protocols over
 * the same set with the same seed give an annotator the same items but in other batches and other
 * orders (otherwise an order effect of one protocol would repeat in the other), while each stays
 * reproducible.
 */
public final class BatchPlanner {

    private BatchPlanner() {
    }

    /**
     * The batches of {@code plan} over {@code items} for {@code annotators}.
     *
     * @throws IllegalArgumentException when the plan cannot be met (e.g. overlap larger than the
     *     number of annotators, duplicate ids, gold items that are also study items)
     */
    public static List<Batch> plan(List<String> items, List<String> annotators, BatchPlan plan) {
        check(items, annotators, plan);
        Random rnd = new Random(plan.seed());
        List<String> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, rnd);
        int a = annotators.size();
        List<List<String>> shares = new ArrayList<>();
        for (int i = 0; i < a; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            for (int j = 0; j < plan.overlap(); j++) {
                shares.get((int) (((long) i * plan.overlap() + j) % a)).add(shuffled.get(i));
            }
        }
        List<Batch> batches = new ArrayList<>();
        for (int who = 0; who < a; who++) {
            String annotator = annotators.get(who);
            List<String> share = shares.get(who);
            Collections.shuffle(share, new Random(orderSeed(plan.seed(), plan, annotator, 0)));
            int number = 1;
            for (int from = 0; from < share.size(); from += plan.batchSize(), number++) {
                Random order = new Random(orderSeed(plan.seed(), plan, annotator, number));
                List<String> chunk = new ArrayList<>(share.subList(from, Math.min(share.size(), from + plan.batchSize())));
                Collections.shuffle(chunk, order);
                List<PlannedItem> sequence = withGold(withRepeats(chunk, plan.repeatsPerBatch(), order), plan);
                batches.add(new Batch(plan.name() + "-" + annotator + "-" + number, annotator, plan.protocol(),
                        plan.stimulusSet(), sequence));
            }
        }
        return batches;
    }

    private static long orderSeed(long seed, BatchPlan plan, String annotator, int batch) {
        return orderSeed(seed, plan.protocol(), annotator, batch);
    }

    /**
     * The seed of batch {@code batch} (1, 2, ...; 0 for the cut of the annotator's share into
     * batches) of {@code annotator} under {@code protocol} in a plan seeded with {@code seed}:
     * the four values folded with the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable
     * pseudorandom number generators", OOPSLA 2014): {@code h = mix(seed)}, then for the protocol
     * id and the annotator in turn {@code h = mix(h ^ length)} and {@code h = mix(h ^ c)} for each
     * UTF-16 character {@code c}, finally {@code mix(h ^ batch)}; a change in any of them changes
     * the seed completely. Fixed by this definition, so that a plan can be recomputed later.
     */
    public static long orderSeed(long seed, Protocol protocol, String annotator, int batch) {
        long h = mix(seed);
        h = fold(h, protocol.id());
        h = fold(h, annotator);
        return mix(h ^ batch);
    }

    private static long fold(long h, String s) {
        long out = mix(h ^ s.length());
        for (int i = 0; i < s.length(); i++) {
            out = mix(out ^ s.charAt(i));
        }
        return out;
    }

    /** The SplitMix64 finaliser: a bijective mix of 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static List<PlannedItem> withRepeats(List<String> chunk, int repeats, Random rnd) {
        List<PlannedItem> out = new ArrayList<>();
        for (String item : chunk) {
            out.add(new PlannedItem(item, false, false));
        }
        List<String> pick = new ArrayList<>(chunk);
        Collections.shuffle(pick, rnd);
        pick = new ArrayList<>(pick.subList(0, Math.min(repeats, pick.size())));
        String last = chunk.get(chunk.size() - 1);
        if (pick.size() > 1 && pick.get(0).equals(last)) {
            Collections.swap(pick, 0, 1 + rnd.nextInt(pick.size() - 1));
        } else if (pick.size() == 1 && pick.get(0).equals(last) && chunk.size() > 1) {
            // the only repeat would follow its first showing directly: repeat another item instead
            pick.set(0, chunk.get(rnd.nextInt(chunk.size() - 1)));
        }
        for (String item : pick) {
            out.add(new PlannedItem(item, true, false));
        }
        return out;
    }

    private static List<PlannedItem> withGold(List<PlannedItem> sequence, BatchPlan plan) {
        if (plan.goldItems().isEmpty()) {
            return sequence;
        }
        List<PlannedItem> out = new ArrayList<>();
        int nextGold = 0;
        for (PlannedItem p : sequence) {
            out.add(p);
            if (out.size() % plan.goldEvery() == plan.goldEvery() - 1 && nextGold < plan.goldItems().size()) {
                out.add(new PlannedItem(plan.goldItems().get(nextGold++), false, true));
            }
        }
        return out;
    }

    private static void check(List<String> items, List<String> annotators, BatchPlan plan) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("there are no items to plan; generate or import stimuli first");
        }
        if (annotators.isEmpty()) {
            throw new IllegalArgumentException("there are no annotators; add at least " + plan.overlap());
        }
        if (plan.overlap() > annotators.size()) {
            throw new IllegalArgumentException("overlap " + plan.overlap() + " needs at least " + plan.overlap()
                    + " annotators, but there are " + annotators.size() + "; add annotators or lower the overlap");
        }
        Set<String> seen = new HashSet<>();
        for (String i : items) {
            if (!seen.add(i)) {
                throw new IllegalArgumentException("item '" + i + "' is listed twice");
            }
        }
        Set<String> people = new HashSet<>();
        for (String a : annotators) {
            HillmixProject.checkName(a, "annotator id");
            if (!people.add(a)) {
                throw new IllegalArgumentException("annotator '" + a + "' is listed twice");
            }
        }
        for (String g : plan.goldItems()) {
            if (seen.contains(g)) {
                throw new IllegalArgumentException("gold item '" + g + "' is also a study item; gold items must be"
                        + " separate (their answers are known)");
            }
        }
    }
}
