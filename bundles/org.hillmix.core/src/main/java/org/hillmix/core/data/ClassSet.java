package org.hillmix.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered, immutable set of class names; the position of a name is its class index.
 *
 * <p>Look-ups ignore case because the published data spells classes both ways
 * ({@code mostProbAirplane}, {@code airplane}).
 */
public final class ClassSet {

    /** CIFAR-10 in index order (which is also alphabetical). */
    public static final ClassSet CIFAR10 = of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    /** MNIST digits 0-9. */
    public static final ClassSet MNIST = of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final List<String> names;
    private final Map<String, Integer> indexByKey;

    private ClassSet(List<String> names) {
        this.names = List.copyOf(names);
        this.indexByKey = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            String name = this.names.get(i);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("class name at index " + i + " is empty");
            }
            if (indexByKey.put(key(name), i) != null) {
                throw new IllegalArgumentException("class name '" + name + "' appears twice (names ignore case)");
            }
        }
        if (this.names.size() < 2) {
            throw new IllegalArgumentException("a class set needs at least 2 classes, got " + this.names.size());
        }
    }

    /** Creates a class set from names in index order. */
    public static ClassSet of(String... names) {
        return new ClassSet(List.of(names));
    }

    /** Creates a class set from names in index order. */
    public static ClassSet of(List<String> names) {
        return new ClassSet(new ArrayList<>(names));
    }

    /** Number of classes. */
    public int size() {
        return names.size();
    }

    /** Name of class {@code index}. */
    public String name(int index) {
        Objects.checkIndex(index, names.size());
        return names.get(index);
    }

    /** Class names in index order. */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    /** Whether {@code name} (ignoring case) is one of the classes. */
    public boolean contains(String name) {
        return name != null && indexByKey.containsKey(key(name));
    }

    /**
     * Index of {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException naming the known classes when {@code name} is not one
     */
    public int indexOf(String name) {
        Integer i = name == null ? null : indexByKey.get(key(name));
        if (i == null) {
            throw new IllegalArgumentException("unknown class '" + name + "'; expected one of " + names);
        }
        return i;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassSet other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
