package org.hillmix.core.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Assigns items to annotators and splits each annotator's share into batches.
 *
 * <p>Assignment: the items are shuffled, then item {@code i} (in shuffled order) goes to annotators
 * {@code (i k + j) mod A} for {@code j = 0..k-1}. Since {@code k <= A} these are k different
 * annotators, and since the {@code n k} assignments go round the annotators in turn, annotators'
 * loads differ by at most one.
 *
 * <p>Per annotator: the share is shuffled and cut into batches of {@code batchSize} study items.
 * Each batch then gets {@code repeatsPerBatch} repeats of its own items (chosen at random), placed
 * after all first showings in shuffled order, the first repeat never being the batch's last item, so
 * a repeat is never shown right after its first showing (unless the batch has one item). Gold items
 * are then inserted after every {@code goldEvery - 1} items, each gold item at most once per batch.
 * Everything is seeded: the same inputs always give the same batches.
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
            List<String> share = shares.get(who);
            Collections.shuffle(share, rnd);
            int number = 1;
            for (int from = 0; from < share.size(); from += plan.batchSize()) {
                List<String> chunk = share.subList(from, Math.min(share.size(), from + plan.batchSize()));
                List<PlannedItem> sequence = withGold(withRepeats(chunk, plan.repeatsPerBatch(), rnd), plan);
                String annotator = annotators.get(who);
                batches.add(new Batch(plan.name() + "-" + annotator + "-" + number++, annotator, plan.protocol(),
                        plan.stimulusSet(), sequence));
            }
        }
        return batches;
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
