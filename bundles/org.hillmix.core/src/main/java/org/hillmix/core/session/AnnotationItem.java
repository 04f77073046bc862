package org.hillmix.core.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.hillmix.core.mixup.MidpointSeries;

/**
 * One stimulus to judge.
 *
 * @param id item identifier written into every judgment about it (e.g. a CIFAR-10 test index or a
 *     stimulus file name); must not be blank
 * @param image the stimulus image (PNG, GIF, JPEG or BMP)
 * @param attributes source-specific fields copied into the judgment (e.g. {@code trueLambda}),
 *     sorted by key; may be empty
 * @param frames for the midpoint protocols (construct midpoint, select shuffled midpoint): the
 *     {@code MidpointSeries.STEPS + 1} images of the pair's series, {@code frames.get(i)} being the
 *     mix with lambda {@code MidpointSeries.lambda(i)} of image 1 (so frame 0 is image 2 alone and
 *     the last frame image 1 alone); empty for single-image items
 */
public record AnnotationItem(String id, Path image, Map<String, String> attributes, List<Path> frames) {

    /** Checks the fields and copies the attributes and frames. */
    public AnnotationItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("annotation item id is missing (image " + image + ")");
        }
        Objects.requireNonNull(image, "image of item " + id);
        attributes = attributes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        frames = frames == null ? List.of() : List.copyOf(frames);
        if (!frames.isEmpty() && frames.size() != MidpointSeries.STEPS + 1) {
            throw new IllegalArgumentException("item '" + id + "' has " + frames.size() + " series frames; a midpoint"
                    + " series has " + (MidpointSeries.STEPS + 1) + " (lambda 0.0 to 1.0)");
        }
    }

    /** A single-image item (categorical, mixing factor, free distribution). */
    public AnnotationItem(String id, Path image, Map<String, String> attributes) {
        this(id, image, attributes, List.of());
    }

    /**
     * A midpoint-series item: {@code frames} as described at {@link AnnotationItem}; its {@link
     * #image()} is the middle frame (lambda 0.5).
     */
    public static AnnotationItem series(String id, List<Path> frames, Map<String, String> attributes) {
        Objects.requireNonNull(frames, "frames of item " + id);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("series item '" + id + "' has no frames");
        }
        return new AnnotationItem(id, frames.get(frames.size() / 2), attributes, frames);
    }

    /** Whether this item is a midpoint series ({@link #frames()} not empty). */
    public boolean isSeries() {
        return !frames.isEmpty();
    }

    /** An item without attributes. */
    public static AnnotationItem of(String id, Path image) {
        return new AnnotationItem(id, image, Map.of());
    }
}
