package org.hillmix.server.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;

/**
 * Freezes every parameter but those of the last layer, for fine-tuning only the classifier.
 *
 * <p>The last layer is the set of parameters whose names share the last parameter's name up to its final
 * separator: {@code 07Linear} for DJL's {@code 07Linear_weight}, {@code 07Linear_bias}; {@code fc} for a
 * TorchScript module's {@code fc.weight}, {@code fc.bias}.
 */
final class LastLayer {

    private LastLayer() {
    }

    /** The name prefix of the last layer's parameters. */
    static String prefix(Block block) {
        PairList<String, Parameter> params = block.getParameters();
        if (params.isEmpty()) {
            throw new IllegalArgumentException("model.lastLayerOnly: the model has no parameters to train");
        }
        String last = params.get(params.size() - 1).getKey();
        int cut = Math.max(last.lastIndexOf('_'), last.lastIndexOf('.'));
        return cut < 0 ? last : last.substring(0, cut + 1);
    }

    /** Freezes all parameters outside the last layer (the trainer then leaves them unchanged). */
    static void freezeAllButLast(Block block) {
        String prefix = prefix(block);
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (!p.getKey().startsWith(prefix) && p.getValue().requiresGradient()) {
                p.getValue().freeze(true);
            }
        }
    }
}
