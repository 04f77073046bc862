package org.hillmix.ui.session;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One stimulus to judge.
 *
 * @param id item identifier written into every judgment about it (e.g. a CIFAR-10 test index or a
 *     stimulus file name); must not be blank
 * @param image the stimulus image (PNG, GIF, JPEG or BMP)
 * @param attributes source-specific fields copied into the judgment (e.g. {@code trueLambda}),
 *     sorted by key; may be empty
 */
public record AnnotationItem(String id, Path image, Map<String, String> attributes) {

    /** Checks the fields and copies the attributes. */
    public AnnotationItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("annotation item id is missing (image " + image + ")");
        }
        Objects.requireNonNull(image, "image of item " + id);
        attributes = attributes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** An item without attributes. */
    public static AnnotationItem of(String id, Path image) {
        return new AnnotationItem(id, image, Map.of());
    }
}
