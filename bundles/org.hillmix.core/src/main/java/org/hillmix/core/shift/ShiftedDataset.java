package org.hillmix.core.shift;

import java.util.Objects;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.LabeledImageDataset;

/**
 * A data set seen through a shift: same items, ids and labels; item {@code i}'s image is
 * {@code shift.apply(source.image(i), severity, ShiftSeeds.itemSeed(seed, source.id(i)))},
 * computed on every call. So {@code hillmix shift} and stimuli mixed from shifted images agree
 * for the same shift, severity and seed.
 */
public final class ShiftedDataset implements LabeledImageDataset {

    private final LabeledImageDataset source;
    private final ImageShift shift;
    private final int severity;
    private final long seed;

    /** @throws IllegalArgumentException when the severity is not 1-5 */
    public ShiftedDataset(LabeledImageDataset source, ImageShift shift, int severity, long seed) {
        this.source = Objects.requireNonNull(source, "source");
        this.shift = Objects.requireNonNull(shift, "shift");
        this.severity = ShiftSuite.checkSeverity(severity);
        this.seed = seed;
    }

    /** The shift. */
    public ImageShift shift() {
        return shift;
    }

    /** The severity, 1-5. */
    public int severity() {
        return severity;
    }

    /** The data set seed from which item seeds derive. */
    public long seed() {
        return seed;
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public ClassSet classSet() {
        return source.classSet();
    }

    @Override
    public String id(int i) {
        return source.id(i);
    }

    @Override
    public int label(int i) {
        return source.label(i);
    }

    @Override
    public ImageTensor image(int i) {
        return shift.apply(source.image(i), severity, ShiftSeeds.itemSeed(seed, source.id(i)));
    }

    @Override
    public int indexOf(String id) {
        return source.indexOf(id);
    }

    @Override
    public String toString() {
        return source + " shifted by " + shift.name() + " at severity " + severity + " (seed " + seed + ")";
    }
}
