package org.hillmix.core.project;

import java.nio.file.Path;
import java.util.Objects;

import org.hillmix.core.evaluation.DatasetKind;

/**
 * Where a project's source images are.
 *
 * @param kind the reader to use: one of {@link DatasetKind#projectSources()}
 * @param path the file or folder, relative to the project folder or absolute
 */
public record DatasetLocation(DatasetKind kind, String path) {

    /** Checks the fields. */
    public DatasetLocation {
        Objects.requireNonNull(kind, "kind");
        if (!kind.isProjectSource()) {
            throw new IllegalArgumentException("a project cannot start from a data set of kind '" + kind.id()
                    + "'; expected one of " + DatasetKind.projectSources());
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("the data set location has no path");
        }
    }

    /** The location resolved against {@code projectFolder} when relative. */
    public Path resolve(Path projectFolder) {
        return projectFolder.resolve(path).normalize();
    }
}
