package org.hillmix.server.train;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public interface MixedImageLabels {
    /** Human label for a judged mixed image, or null. */
    double[] labelFor(int trainIndex1, int trainIndex2, double lambda);
}
