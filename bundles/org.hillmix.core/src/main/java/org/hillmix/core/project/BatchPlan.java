package org.hillmix.core.project;

import java.util.List;
import java.util.Objects;

import org.hillmix.core.protocol.Protocol;

/**
 * How to split a stimulus set's items into annotators' batches ({@link BatchPlanner}).
 *
 * @param name prefix of the batch ids ({@code <name>-<annotator>-<n>})
 * @param protocol the protocol the batches use
 * @param stimulusSet the stimulus set the items come from
 * @param overlap k: how many different annotators judge each item, 1 to the number of annotators
 * @param batchSize study items per batch (the last batch of an annotator may be smaller), at least 1
 * @param repeatsPerBatch repeat (consistency) trials per batch: items of the batch shown a second
 *     time after all first showings, 0 for none
 * @param goldItems gold/attention item ids (not study items), possibly empty
 * @param goldEvery with gold items: one gold item after every {@code goldEvery - 1} items, at least 2
 * @param seed random seed of the assignment and all orders
 */
public record BatchPlan(String name, Protocol protocol, String stimulusSet, int overlap, int batchSize,
        int repeatsPerBatch, List<String> goldItems, int goldEvery, long seed) {

    /** Checks the fields. */
    public BatchPlan {
        HillmixProject.checkName(name, "batch plan name");
        Objects.requireNonNull(protocol, "protocol");
        HillmixProject.checkName(stimulusSet, "stimulus set name");
        if (overlap < 1) {
            throw new IllegalArgumentException("overlap must be at least 1 (annotators per item), got " + overlap);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (repeatsPerBatch < 0) {
            throw new IllegalArgumentException("repeats per batch must not be negative, got " + repeatsPerBatch);
        }
        goldItems = List.copyOf(goldItems);
        if (!goldItems.isEmpty() && goldEvery < 2) {
            throw new IllegalArgumentException("with gold items, goldEvery must be at least 2 (one gold item after"
                    + " every goldEvery - 1 items), got " + goldEvery);
        }
    }

    /** A plan without repeats or gold items. */
    public static BatchPlan simple(String name, Protocol protocol, String stimulusSet, int overlap, int batchSize,
            long seed) {
        return new BatchPlan(name, protocol, stimulusSet, overlap, batchSize, 0, List.of(), 0, seed);
    }
}
