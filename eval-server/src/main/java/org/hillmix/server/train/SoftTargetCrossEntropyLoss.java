package org.hillmix.server.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Cross-entropy against soft targets: for logits z (N, K) and target distributions y (N, K),
 * {@code L = (1/N) sum_n -sum_k y_nk log softmax(z_n)_k}. With one-hot targets it equals the
 * usual softmax cross-entropy; its gradient with respect to z_n is {@code (softmax(z_n) - y_n) / N}.
 */
public final class SoftTargetCrossEntropyLoss extends Loss {

    /** Creates the loss under the name "SoftTargetCrossEntropy". */
    public SoftTargetCrossEntropyLoss() {
        super("SoftTargetCrossEntropy");
    }

    /**
     * @param labels one array of target distributions (N, K)
     * @param predictions one array of logits (N, K)
     * @return the scalar mean loss
     */
    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        NDArray targets = labels.singletonOrThrow();
        return logits.logSoftmax(1).mul(targets).sum(new int[] {1}).neg().mean();
    }
}
