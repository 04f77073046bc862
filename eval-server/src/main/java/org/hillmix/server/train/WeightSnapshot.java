package org.hillmix.server.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SymbolBlock;
import ai.djl.util.Pair;

/**
 * A copy of a block's weights in Java memory, for restoring the best epoch (early stopping).
 *
 * <p>HILLmix's own blocks: every parameter array, including the batch-norm running statistics (DJL keeps them
 * as parameters), as bytes; restored <em>in place</em> ({@link NDArray#set}) because the trainer's parameter
 * store holds on to the array objects. TorchScript blocks ({@link SymbolBlock}): their parameter list omits
 * module buffers such as batch-norm statistics, so the whole module is serialised and loaded back; the
 * module's forward pass does not go through the parameter store.
 */
final class WeightSnapshot {

    private final List<byte[]> arrays;
    private final byte[] module;

    private WeightSnapshot(List<byte[]> arrays, byte[] module) {
        this.arrays = arrays;
        this.module = module;
    }

    /** Copies the current weights of {@code block}. */
    static WeightSnapshot of(Block block) {
        if (block instanceof SymbolBlock) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                block.saveParameters(out);
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy the model's weights", e);
            }
            return new WeightSnapshot(null, bytes.toByteArray());
        }
        List<byte[]> copies = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            copies.add(p.getValue().getArray().toByteArray());
        }
        return new WeightSnapshot(copies, null);
    }

    /** Puts the copied weights back into {@code block}, the block they were copied from. */
    void restore(Block block, NDManager manager) {
        if (module != null) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(module))) {
                block.loadParameters(manager, in);
            } catch (IOException | MalformedModelException e) {
                throw new IllegalStateException("could not restore the model's best weights", e);
            }
            return;
        }
        int i = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            byte[] copy = arrays.get(i++);
            ByteBuffer buffer = ByteBuffer.allocateDirect(copy.length).order(ByteOrder.nativeOrder());
            buffer.put(copy).rewind();
            p.getValue().getArray().set(buffer);
        }
    }
}
