package org.hillmix.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.data.Cifar10BinaryReader;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.IdxReader;
import org.hillmix.core.data.ImageFolderReader;
import org.hillmix.core.data.IndexCsvReader;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.progress.ProgressMonitor;

/** Opens a project's source data set with the reader its {@link DatasetKind} names. */
public final class ProjectDatasets {

    private ProjectDatasets() {
    }

    /**
     * Reads the data set at {@code location} (relative paths against {@code projectFolder}).
     *
     * <p>For {@link DatasetKind#IDX} the path is the image file and the label file is the
     * one beside it whose name has {@code labels} for {@code images} and {@code idx1} for {@code
     * idx3} (the MNIST naming: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}).
     *
     * @param classes the class set, or {@code null} for the reader's own (sub-folder names for an
     *     image folder, CIFAR-10 for CIFAR binaries, the digits for IDX)
     * @throws IOException naming the file when it is missing or unreadable
     */
    public static InMemoryImageDataset open(Path projectFolder, DatasetLocation location, ClassSet classes,
            ProgressMonitor monitor) throws IOException {
        Path path = location.resolve(projectFolder);
        return switch (location.kind()) {
            case IMAGE_FOLDER -> ImageFolderReader.read(path, classes, monitor);
            case CIFAR_BINARY -> Cifar10BinaryReader.read(List.of(path), monitor);
            case IDX -> IdxReader.read(path, idxLabels(path), classes == null ? ClassSet.MNIST : classes, monitor);
            case INDEX_CSV -> IndexCsvReader.read(path, classes, monitor);
            default -> throw new IllegalStateException("a project cannot start from " + location.kind());
        };
    }

    /** The label file that goes with IDX image file {@code images}. */
    public static Path idxLabels(Path images) throws IOException {
        String name = images.getFileName().toString();
        String labels = name.replace("images", "labels").replace("idx3", "idx1");
        Path file = images.resolveSibling(labels);
        if (labels.equals(name) || !Files.isRegularFile(file)) {
            throw new IOException("no IDX label file for " + images + ": expected " + file
                    + " (the image file's name with 'labels' for 'images' and 'idx1' for 'idx3')");
        }
        return file;
    }
}
