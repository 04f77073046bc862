package org.hillmix.core.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A project opened (in the workbench, a tool or a test): its folder and its descriptor as last read
 * or written.
 *
 * @param folder the project folder (holding {@value HillmixProject#DESCRIPTOR})
 * @param descriptor the descriptor
 */
public record OpenProject(Path folder, HillmixProject descriptor) {

    /** Checks the fields. */
    public OpenProject {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** Journal file of {@code annotator}. */
    public Path journal(String annotator) {
        return HillmixProject.journal(folder, annotator);
    }

    /** The journals folder. */
    public Path journals() {
        return folder.resolve(HillmixProject.JOURNALS);
    }
}
