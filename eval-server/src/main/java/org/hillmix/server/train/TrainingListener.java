package org.hillmix.server.train;

/**
 * Receives progress of a {@link TrainingOperation} (in addition to its ProgressMonitor), e.g. to
 * publish job progress over server-sent events. Called on the training thread; keep it cheap.
 */
@FunctionalInterface
public interface TrainingListener {

    /** Phase name while training steps run; {@code step} counts steps within the epoch. */
    String PHASE_TRAIN = "train";
    /** Phase name while the un-augmented train set is scored after an epoch (dataset cartography). */
    String PHASE_CARTOGRAPHY = "cartography";
    /** Phase name while the validation set is scored for early stopping (before training and after each epoch). */
    String PHASE_VALIDATE = "validate";
    /** Phase name while validation and test logits are computed after training. */
    String PHASE_EVALUATE = "evaluate";
    /** Phase name while FGSM test examples are computed and scored. */
    String PHASE_FGSM = "fgsm";

    /**
     * Reports progress.
     *
     * @param phase one of {@link #PHASE_TRAIN}, {@link #PHASE_CARTOGRAPHY}, {@link #PHASE_VALIDATE},
     *        {@link #PHASE_EVALUATE}, {@link #PHASE_FGSM}
     * @param epoch current epoch, 1-based (after training: {@code epochs})
     * @param epochs total number of epochs
     * @param step batches done in this phase, 1-based: per epoch for train, cartography and validate
     *        (validate reports epoch 0 before training);
     *        validation batches then test batches for evaluate
     * @param steps batches in this phase (per epoch for train and cartography)
     */
    void onProgress(String phase, int epoch, int epochs, long step, long steps);

    /** A listener that ignores progress. */
    TrainingListener NONE = (phase, epoch, epochs, step, steps) -> {
    };
}
