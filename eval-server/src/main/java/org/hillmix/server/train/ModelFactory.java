package org.hillmix.server.train;

import java.util.List;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;

/**
 * Builds the DJL blocks named in {@link TrainingSpec#model()}; all output raw logits (N, K).
 * Sized so that a CPU with two cores trains them at hundreds of 32x32 images per second.
 *
 * <ul>
 * <li>{@code small-cnn} (for 32x32 RGB; any H, W &gt;= 4): three stages
 * conv3x3(32)-BN-ReLU-maxpool2, conv3x3(64)-BN-ReLU-maxpool2, conv3x3(128)-BN-ReLU, then global
 * average pooling and a linear layer to K.</li>
 * <li>{@code small-resnet} (a ResNet-8 for CIFAR-like data): conv3x3(16)-BN-ReLU stem, then three
 * stages of one basic block each with 16, 32, 64 channels (strides 1, 2, 2); a basic block is
 * conv3x3-BN-ReLU-conv3x3-BN plus a shortcut (identity, or conv1x1-BN when the shape changes),
 * then ReLU; global average pooling and a linear layer to K.</li>
 * <li>{@code mlp} (for 28x28 grey; any input, flattened): linear(256)-ReLU-linear(128)-ReLU-linear(K).</li>
 * </ul>
 * Convolutions have no bias (batch norm follows); weights are initialised by
 * {@link SeededHeInitializer}.
 */
public final class ModelFactory {

    /** Name of the small convolutional network. */
    public static final String SMALL_CNN = "small-cnn";
    /** Name of the small residual network. */
    public static final String SMALL_RESNET = "small-resnet";
    /** Name of the multi-layer perceptron. */
    public static final String MLP = "mlp";

    private ModelFactory() {
    }

    /**
     * Builds an uninitialised block for inputs of shape (N, channels, height, width).
     *
     * @throws IllegalArgumentException for an unknown name or an input too small for the model
     */
    public static Block build(String model, int channels, int height, int width, int numClasses) {
        return switch (model) {
            case SMALL_CNN -> {
                if (height < 4 || width < 4) {
                    throw new IllegalArgumentException("model small-cnn needs images of at least 4x4 pixels (two "
                            + "2x2 poolings), got " + height + "x" + width + "; use mlp for smaller inputs");
                }
                yield smallCnn(numClasses);
            }
            case SMALL_RESNET -> smallResNet(numClasses);
            case MLP -> mlp(numClasses);
            default -> throw new IllegalArgumentException("model '" + model + "' is unknown; use one of "
                    + TrainingSpec.MODELS);
        };
    }

    private static Block smallCnn(int numClasses) {
        return new SequentialBlock()
                .add(convBnRelu(32, 1))
                .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(convBnRelu(64, 1))
                .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(convBnRelu(128, 1))
                .add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(numClasses).build());
    }

    private static Block smallResNet(int numClasses) {
        return new SequentialBlock()
                .add(convBnRelu(16, 1))
                .add(basicBlock(16, 1, false))
                .add(basicBlock(32, 2, true))
                .add(basicBlock(64, 2, true))
                .add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(numClasses).build());
    }

    private static Block mlp(int numClasses) {
        return new SequentialBlock()
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(256).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(128).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(numClasses).build());
    }

    /** ReLU(BN(conv3x3(x) + shortcut(x))), the ResNet basic block (He et al. 2016). */
    private static Block basicBlock(int filters, int stride, boolean project) {
        Block main = new SequentialBlock()
                .add(convBnRelu(filters, stride))
                .add(conv(filters, 3, 1))
                .add(BatchNorm.builder().build());
        Block shortcut = project
                ? new SequentialBlock().add(conv(filters, 1, stride)).add(BatchNorm.builder().build())
                : Blocks.identityBlock();
        ParallelBlock sum = new ParallelBlock(
                outputs -> new NDList(outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
                List.of(main, shortcut));
        return new SequentialBlock().add(sum).add(Activation.reluBlock());
    }

    private static Block convBnRelu(int filters, int stride) {
        return new SequentialBlock()
                .add(conv(filters, 3, stride))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
    }

    /** Bias-free convolution, "same" padding for 3x3, no padding for 1x1. */
    private static Block conv(int filters, int kernel, int stride) {
        int pad = kernel / 2;
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(pad, pad))
                .setFilters(filters)
                .optBias(false)
                .build();
    }
}
