package org.hillmix.core.shift;

import org.hillmix.core.data.ImageTensor;

/**
 * A named, parametric, deterministic image shift with severities 1 (mildest) to 5. Formulas,
 * parameters and references of every shift are in {@code docs/shifts.md}; {@link ShiftSuite}
 * lists them.
 *
 * <p>Deterministic: the same image, severity and seed give the same result on every run and
 * platform ({@link ShiftSeeds}). A shift keeps the image's shape and channels; values are computed
 * in double precision and clipped to [0, 1] once, at the end.
 */
public interface ImageShift {

    /** The shift's name, lower case with hyphens, e.g. {@code gaussian-noise}. */
    String name();

    /** Its family. */
    ShiftFamily family();

    /** One line saying what it does. */
    String summary();

    /** The parameters at {@code severity}, e.g. {@code "sigma = 0.08"}. */
    String parameters(int severity);

    /** Where the parameters come from. */
    String source();

    /**
     * The shifted image.
     *
     * @throws IllegalArgumentException when {@code severity} is not 1-5
     */
    ImageTensor apply(ImageTensor image, int severity, long seed);
}
