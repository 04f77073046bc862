package org.hillmix.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.protocol.Protocol;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

    private static List<String> items(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("s" + i);
        }
        return out;
    }

    @Test
    void everyItemGetsExactlyKDistinctAnnotatorsAndLoadsAreBalanced() {
        List<String> people = List.of("a", "b", "c", "d", "e");
        // 7 items x k=3 = 21 assignments over 5 annotators: loads 5,4,4,4,4 in some order.
        List<Batch> batches = BatchPlanner.plan(items(7), people,
                BatchPlan.simple("p", Protocol.CATEGORICAL, "set", 3, 100, 42));
        Map<String, Set<String>> judges = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (Batch b : batches) {
            for (PlannedItem i : b.items()) {
                assertTrue(judges.computeIfAbsent(i.item(), x -> new HashSet<>()).add(b.annotator()),
                        "annotator " + b.annotator() + " got " + i.item() + " twice");
                load.merge(b.annotator(), 1, Integer::sum);
            }
        }
        assertEquals(7, judges.size());
        judges.values().forEach(s -> assertEquals(3, s.size()));
        assertEquals(List.of(4, 4, 4, 4, 5), load.values().stream().sorted().toList());
    }

    @Test
    void batchesAreCutAtTheSizeAndNamed() {
        List<Batch> batches = BatchPlanner.plan(items(10), List.of("ann"),
                BatchPlan.simple("pilot", Protocol.MIXING_FACTOR, "set", 1, 4, 1));
        assertEquals(List.of("pilot-ann-1", "pilot-ann-2", "pilot-ann-3"), batches.stream().map(Batch::id).toList());
        assertEquals(List.of(4, 4, 2), batches.stream().map(b -> b.items().size()).toList());
        assertEquals(Set.copyOf(items(10)),
                batches.stream().flatMap(b -> b.items().stream()).map(PlannedItem::item)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void repeatsComeAfterFirstShowingsAndNeverRightAfterTheirFirstShowing() {
        for (long seed = 0; seed < 200; seed++) {
            List<Batch> batches = BatchPlanner.plan(items(6), List.of("ann"),
                    new BatchPlan("r", Protocol.CATEGORICAL, "set", 1, 6, 2, List.of(), 0, seed));
            List<PlannedItem> seq = batches.get(0).items();
            assertEquals(8, seq.size());
            assertFalse(seq.subList(0, 6).stream().anyMatch(PlannedItem::repeat), "first showings first");
            for (int i = 6; i < 8; i++) {
                PlannedItem r = seq.get(i);
                assertTrue(r.repeat());
                int first = seq.indexOf(new PlannedItem(r.item(), false, false));
                assertTrue(first >= 0 && i - first > 1, "seed " + seed + ": repeat of " + r.item() + " at " + i
                        + " right after its first showing at " + first);
            }
        }
    }

    @Test
    void goldItemsAfterEveryNMinusOneItems() {
        List<Batch> batches = BatchPlanner.plan(items(6), List.of("ann"),
                new BatchPlan("g", Protocol.CATEGORICAL, "set", 1, 6, 0, List.of("gold1", "gold2", "gold3"), 3, 5));
        List<PlannedItem> seq = batches.get(0).items();
        // 6 study items, a gold after every 2: positions 3, 6, 9 (1-based) are gold.
        assertEquals(9, seq.size());
        for (int i = 0; i < seq.size(); i++) {
            assertEquals((i + 1) % 3 == 0, seq.get(i).gold(), "position " + (i + 1));
        }
        assertEquals(List.of("gold1", "gold2", "gold3"),
                seq.stream().filter(PlannedItem::gold).map(PlannedItem::item).toList());
    }

    @Test
    void sameSeedSameBatches() {
        BatchPlan plan = new BatchPlan("s", Protocol.CATEGORICAL, "set", 2, 3, 1, List.of("g"), 4, 99);
        assertEquals(BatchPlanner.plan(items(9), List.of("a", "b", "c"), plan),
                BatchPlanner.plan(items(9), List.of("a", "b", "c"), plan));
    }

    @Test
    void infeasiblePlansAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BatchPlanner.plan(items(3),
                List.of("a", "b"), BatchPlan.simple("x", Protocol.CATEGORICAL, "set", 3, 10, 1)));
        assertTrue(e.getMessage().contains("overlap 3 needs at least 3 annotators"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BatchPlanner.plan(items(3), List.of("a"),
                new BatchPlan("x", Protocol.CATEGORICAL, "set", 1, 10, 0, List.of("s1"), 3, 1)));
        assertTrue(e.getMessage().contains("gold item 's1' is also a study item"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BatchPlanner.plan(List.of("a", "a"), List.of("p"),
                BatchPlan.simple("x", Protocol.CATEGORICAL, "set", 1, 10, 1)));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void protocolsAnnotatorsAndBatchesGetTheirOwnOrdersFromTheSameSeed() {
        List<String> people = List.of("ann", "bob");
        BatchPlan categorical = new BatchPlan("c", Protocol.CATEGORICAL, "set", 2, 10, 2, List.of(), 0, 42);
        BatchPlan mixing = new BatchPlan("m", Protocol.MIXING_FACTOR, "set", 2, 10, 2, List.of(), 0, 42);
        List<Batch> c = BatchPlanner.plan(items(30), people, categorical);
        List<Batch> m = BatchPlanner.plan(items(30), people, mixing);
        assertEquals(c.size(), m.size());
        for (int i = 0; i < c.size(); i++) {
            assertEquals(c.get(i).annotator(), m.get(i).annotator());
            assertNotEquals(sequence(c.get(i)), sequence(m.get(i)), "batch " + (i + 1) + " of " + c.get(i).annotator()
                    + ": the same order under both protocols");
        }
        // Same items per annotator (the assignment does not depend on the protocol) ...
        for (String who : people) {
            assertEquals(itemsOf(c, who), itemsOf(m, who));
        }
        // ... every order reproducible ...
        assertEquals(c, BatchPlanner.plan(items(30), people, categorical));
        // ... and the two annotators' orders differ too (with overlap 2 both judge all 30 items).
        assertNotEquals(sequence(c.get(0)), sequence(c.get(3)));
    }

    @Test
    void orderSeedsFollowTheirDefinition() {
        // Computed independently (Python, 64-bit wrap-around) from the definition in the Javadoc.
        assertEquals(-4239869020725147554L, BatchPlanner.orderSeed(42, Protocol.CATEGORICAL, "ann", 1));
        assertEquals(-7382763862082616116L, BatchPlanner.orderSeed(42, Protocol.MIXING_FACTOR, "ann", 1));
        assertEquals(-3138287114489909542L, BatchPlanner.orderSeed(-7, Protocol.CATEGORICAL, "ann-2", 3));
        long base = BatchPlanner.orderSeed(42, Protocol.CATEGORICAL, "ann", 1);
        assertNotEquals(base, BatchPlanner.orderSeed(43, Protocol.CATEGORICAL, "ann", 1));
        assertNotEquals(base, BatchPlanner.orderSeed(42, Protocol.CATEGORICAL, "anm", 1));
        assertNotEquals(base, BatchPlanner.orderSeed(42, Protocol.CATEGORICAL, "ann", 2));
    }

    private static List<String> sequence(Batch b) {
        return b.items().stream().map(PlannedItem::slotId).toList();
    }

    private static Set<String> itemsOf(List<Batch> batches, String annotator) {
        Set<String> out = new HashSet<>();
        for (Batch b : batches) {
            if (b.annotator().equals(annotator)) {
                b.items().forEach(i -> out.add(i.item()));
            }
        }
        return out;
    }
}
