package org.hillmix.core.data;

/**
 * A finite, ordered collection of labelled images. Item {@code i} (0-based) has a unique
 * {@link #id(int) id}, a class index {@link #label(int)} into {@link #classSet()}, and an
 * {@link #image(int) image} as an {@link ImageTensor} (CHW, values in [0, 1]).
 *
 * <p>Readers: {@link ImageFolderReader}, {@link IndexCsvReader}, {@link Cifar10BinaryReader},
 * {@link IdxReader}. Implementations are immutable and safe to read from several threads.
 */
public interface LabeledImageDataset {

    /** Number of items. */
    int size();

    /** The classes; {@link #label(int)} indexes into them. */
    ClassSet classSet();

    /**
     * The item's id, unique in the dataset: e.g. the CIFAR-10 test index {@code "1596"}, or
     * {@code "cat/img001"} for an image folder.
     */
    String id(int i);

    /** The item's class index, {@code 0 <= label < classSet().size()}. */
    int label(int i);

    /** The item's image; each call may return a new tensor. */
    ImageTensor image(int i);

    /** The item's class name, {@code classSet().name(label(i))}. */
    default String className(int i) {
        return classSet().name(label(i));
    }

    /** The index of the item with id {@code id}, or -1. The default scans all items. */
    default int indexOf(String id) {
        for (int i = 0; i < size(); i++) {
            if (id(i).equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
