package org.hillmix.core.shift;

import java.util.Objects;
import java.util.SplittableRandom;

import org.hillmix.core.data.ImageTensor;

/** Base of the shifts: checks the severity, seeds the random stream, converts and clips. */
abstract class TabledShift implements ImageShift {

    static final String HENDRYCKS = "Hendrycks and Dietterich, ICLR 2019 (CIFAR-10-C parameters)";
    static final String HILLMIX = "HILLmix (no published parameters; chosen to span mild to strong)";

    private final String name;
    private final ShiftFamily family;
    private final String summary;
    private final String source;

    TabledShift(String name, ShiftFamily family, String summary, String source) {
        this.name = name;
        this.family = family;
        this.summary = summary;
        this.source = source;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ShiftFamily family() {
        return family;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final ImageTensor apply(ImageTensor image, int severity, long seed) {
        ShiftSuite.checkSeverity(severity);
        Objects.requireNonNull(image, "image");
        SplittableRandom rnd = new SplittableRandom(ShiftSeeds.streamSeed(seed, name));
        return shift(Planes.of(image), severity, new Draws(rnd)).toTensor();
    }

    @Override
    public final String parameters(int severity) {
        ShiftSuite.checkSeverity(severity);
        return describe(severity);
    }

    /** The parameters at a checked severity. */
    abstract String describe(int severity);

    /** Shifts {@code in} (which it may change) at a checked severity. */
    abstract Planes shift(Planes in, int severity, Draws draws);

    @Override
    public String toString() {
        return name;
    }
}
