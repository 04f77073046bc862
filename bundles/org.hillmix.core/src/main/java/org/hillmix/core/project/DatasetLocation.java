package org.hillmix.core.project;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a project's source images are.
 *
 * @param kind the reader to use
 * @param path the file or folder, relative to the project folder or absolute
 */
public record DatasetLocation(Kind kind, String path) {

    /** The data set formats a project can start from (one reader of {@code org.hillmix.core.data} each). */
    public enum Kind {
        /** One sub-folder per class holding images ({@code ImageFolderReader}). */
        IMAGE_FOLDER("image-folder"),
        /** A CIFAR-10 binary batch file ({@code Cifar10BinaryReader}). */
        CIFAR10_BINARY("cifar10-binary"),
        /** An IDX image file with its label file ({@code IdxReader}). */
        IDX("idx"),
        /** A CSV index of image files and labels ({@code IndexCsvReader}). */
        INDEX_CSV("index-csv");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Identifier used in the descriptor. */
        public String id() {
            return id;
        }

        /** @throws IllegalArgumentException listing the known kinds */
        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id == null ? "" : id.trim().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown data set kind '" + id
                    + "'; expected image-folder, cifar10-binary, idx or index-csv");
        }
    }

    /** Checks the fields. */
    public DatasetLocation {
        Objects.requireNonNull(kind, "kind");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("the data set location has no path");
        }
    }

    /** The location resolved against {@code projectFolder} when relative. */
    public Path resolve(Path projectFolder) {
        return projectFolder.resolve(path).normalize();
    }
}
