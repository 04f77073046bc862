package org.hillmix.server.train;

import java.util.SplittableRandom;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * He (Kaiming) normal initialisation, {@code w ~ N(0, 2 / fanIn)} with fanIn the product of all
 * weight dimensions but the first (input channels x kernel area, or input features), drawn from a
 * Java random stream of the run's seed.
 *
 * <p>Why not DJL's initialisers: they draw from the engine's global generator, which other runs
 * in the same JVM (server workers) also advance; this stream belongs to one run, so the same seed
 * gives the same weights whatever else runs. Parameters are initialised in block order, which is
 * fixed for a model.
 */
final class SeededHeInitializer implements Initializer {

    private final SplittableRandom rng;

    SeededHeInitializer(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long size = shape.size();
        if (shape.dimension() < 2 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("He initialisation needs a weight of at least 2 dimensions and "
                    + "fewer than 2^31 values, got shape " + shape);
        }
        long fanIn = size / shape.get(0);
        double std = Math.sqrt(2.0 / fanIn);
        float[] values = new float[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (std * rng.nextGaussian());
        }
        return manager.create(values, shape).toType(dataType, false);
    }
}
