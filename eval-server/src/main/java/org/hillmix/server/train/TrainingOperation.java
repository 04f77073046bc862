package org.hillmix.server.train;

import org.hillmix.core.progress.ProgressMonitor;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public final class TrainingOperation {

    /** Trains and evaluates one model. */
    public TrainingResult run(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
            TrainingSpec spec, boolean fgsm, TrainingListener listener, ProgressMonitor monitor) {
        throw new UnsupportedOperationException("training engine not merged yet (branch server-train)");
    }
}
