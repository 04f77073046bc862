package org.hillmix.server.train;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public interface TrainingListener {
    /** Progress of a training run. */
    void onProgress(String phase, int epoch, int epochs, long step, long steps);
}
