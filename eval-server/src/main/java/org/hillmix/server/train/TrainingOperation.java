package org.hillmix.server.train;

import org.hillmix.core.progress.ProgressMonitor;

/** Trains one model under one regime (implementation follows in the next commits). */
public final class TrainingOperation {

    /** Trains and evaluates one model. */
    public TrainingResult run(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
            TrainingSpec spec, boolean fgsm, TrainingListener listener, ProgressMonitor monitor) {
        throw new UnsupportedOperationException("training engine not implemented yet");
    }
}
