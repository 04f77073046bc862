package org.hillmix.server.train;

/**
 * Early stopping on the validation negative log-likelihood (docs/training.md).
 *
 * <p>The validation NLL {@code -(1/n) sum_i log softmax(z_i)[y_i]} (hard labels, inference mode) is measured
 * before the first epoch and after every epoch. Training stops when it has not fallen below its best value for
 * {@code patience} epochs in a row, and the weights (with the batch-norm statistics) of the best epoch are
 * restored before the validation and test logits are computed. Epoch 0, the starting weights, can be the best:
 * then a run that only made things worse ends with the weights it started from.
 *
 * @param patience epochs without a new best before training stops, at least 1
 */
public record EarlyStopping(int patience) {

    /** Checks the patience. */
    public EarlyStopping {
        if (patience < 1) {
            throw new IllegalArgumentException("early stopping: patience must be >= 1, got " + patience);
        }
    }
}
