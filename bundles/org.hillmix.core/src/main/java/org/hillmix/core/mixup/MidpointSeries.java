package org.hillmix.core.mixup;

import java.util.ArrayList;
import java.util.List;

/**
 * The H-Mix midpoint series: for one image pair, the eleven mixes with lambda 0.0, 0.1, ..., 1.0,
 * named {@code <Class1>_<id1>_<Class2>_<id2>_<lambda>.png} in a folder
 * {@code <Class1>_<id1>_<Class2>_<id2>} ({@link StimulusName.Style#SERIES}).
 *
 * <p>Step {@code i} has {@code lambda = i / 10.0}, the double nearest to the decimal written in
 * the file name (computed by one division, never by adding 0.1 repeatedly, which drifts).
 * The published series were evidently rendered with NumPy's {@code i * 0.1}
 * ({@link #numpyStepLambda(int)}), which differs from {@code i / 10.0} for i = 3, 6, 7
 * (0.30000000000000004, 0.6000000000000001, 0.7000000000000001) and, through the truncating
 * {@link PixelMixer} rule, gives one grey level more or less in 1-2% of those frames' pixels.
 */
public final class MidpointSeries {

    /** Number of steps between the end points; there are {@code STEPS + 1} images. */
    public static final int STEPS = 10;

    private MidpointSeries() {
    }

    /** Lambda of step {@code i}, {@code i / 10.0}, for {@code 0 <= i <= 10}. */
    public static double lambda(int i) {
        if (i < 0 || i > STEPS) {
            throw new IllegalArgumentException("series step " + i + " is outside 0-" + STEPS);
        }
        return i / (double) STEPS;
    }

    /** The eleven lambdas 0.0, 0.1, ..., 1.0 ({@link #lambda(int)}). */
    public static List<Double> lambdas() {
        List<Double> out = new ArrayList<>(STEPS + 1);
        for (int i = 0; i <= STEPS; i++) {
            out.add(lambda(i));
        }
        return List.copyOf(out);
    }

    /**
     * {@code i * 0.1}, the value NumPy's {@code np.arange(0, 1.1, 0.1)} or
     * {@code np.linspace(0, 1, 11)} yields for step {@code i}: use it only to reproduce the
     * published series bit for bit.
     */
    public static double numpyStepLambda(int i) {
        if (i < 0 || i > STEPS) {
            throw new IllegalArgumentException("series step " + i + " is outside 0-" + STEPS);
        }
        return i * 0.1;
    }
}
