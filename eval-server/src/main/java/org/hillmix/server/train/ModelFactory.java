package org.hillmix.server.train;

/** Builds the DJL blocks named in {@link TrainingSpec#model()} (implementation follows). */
public final class ModelFactory {

    /** Name of the small convolutional network. */
    public static final String SMALL_CNN = "small-cnn";
    /** Name of the small residual network. */
    public static final String SMALL_RESNET = "small-resnet";
    /** Name of the multi-layer perceptron. */
    public static final String MLP = "mlp";

    private ModelFactory() {
    }
}
