package org.hillmix.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link LabeledImageDataset} held in memory. Images whose values are all exact 8-bit levels
 * ({@code v / 255f}, as decoded from 8-bit files) are stored as one byte per value, a quarter of
 * their float size; others (e.g. from 16-bit PNGs) are kept as given.
 */
public final class InMemoryImageDataset implements LabeledImageDataset {

    private final ClassSet classes;
    private final List<String> ids;
    private final int[] labels;
    private final List<Object> images; // byte[] with shape, or ImageTensor
    private final Map<String, Integer> byId;

    private record Bytes(int channels, int height, int width, byte[] chw) {
    }

    private InMemoryImageDataset(Builder b) {
        this.classes = b.classes;
        this.ids = List.copyOf(b.ids);
        this.labels = b.labels.stream().mapToInt(Integer::intValue).toArray();
        this.images = List.copyOf(b.images);
        this.byId = Map.copyOf(b.byId);
    }

    /** Starts a dataset over {@code classes}. */
    public static Builder builder(ClassSet classes) {
        return new Builder(classes);
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public ClassSet classSet() {
        return classes;
    }

    @Override
    public String id(int i) {
        return ids.get(i);
    }

    @Override
    public int label(int i) {
        Objects.checkIndex(i, labels.length);
        return labels[i];
    }

    @Override
    public ImageTensor image(int i) {
        Object o = images.get(i);
        if (o instanceof Bytes b) {
            return ImageTensor.fromBytes(b.channels, b.height, b.width, b.chw);
        }
        return (ImageTensor) o;
    }

    @Override
    public int indexOf(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    @Override
    public String toString() {
        return "InMemoryImageDataset[" + size() + " images, classes " + classes + "]";
    }

    /** Collects items; ids must be unique. */
    public static final class Builder {
        private final ClassSet classes;
        private final List<String> ids = new ArrayList<>();
        private final List<Integer> labels = new ArrayList<>();
        private final List<Object> images = new ArrayList<>();
        private final Map<String, Integer> byId = new HashMap<>();

        private Builder(ClassSet classes) {
            this.classes = Objects.requireNonNull(classes, "classes");
        }

        /**
         * Adds an item.
         *
         * @throws IllegalArgumentException when the id is empty or already used, or the label is not a class index
         */
        public Builder add(String id, int label, ImageTensor image) {
            checkItem(id, label);
            images.add(isEightBit(image) ? new Bytes(image.channels(), image.height(), image.width(),
                    image.toBytes()) : image);
            return this;
        }

        /** Adds an item from unsigned 8-bit CHW values (not copied: the caller must not change them). */
        public Builder addBytes(String id, int label, int channels, int height, int width, byte[] chw) {
            if (channels != 1 && channels != 3 || (long) channels * height * width != chw.length) {
                throw new IllegalArgumentException("image '" + id + "': " + chw.length + " bytes do not make a "
                        + channels + "x" + height + "x" + width + " image");
            }
            checkItem(id, label);
            images.add(new Bytes(channels, height, width, chw));
            return this;
        }

        private void checkItem(String id, int label) {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("item " + ids.size() + " has an empty id");
            }
            if (label < 0 || label >= classes.size()) {
                throw new IllegalArgumentException("item '" + id + "': label " + label + " is not a class index 0-"
                        + (classes.size() - 1) + " of " + classes);
            }
            Integer previous = byId.putIfAbsent(id, ids.size());
            if (previous != null) {
                throw new IllegalArgumentException("id '" + id + "' appears twice (items " + previous + " and "
                        + ids.size() + "); ids must be unique");
            }
            ids.add(id);
            labels.add(label);
        }

        /** Number of items added so far. */
        public int size() {
            return ids.size();
        }

        /** The dataset. */
        public InMemoryImageDataset build() {
            return new InMemoryImageDataset(this);
        }

        private static boolean isEightBit(ImageTensor t) {
            float[] d = t.toArray();
            for (float v : d) {
                if (Math.round(v * 255f) / 255f != v) {
                    return false;
                }
            }
            return true;
        }
    }
}
