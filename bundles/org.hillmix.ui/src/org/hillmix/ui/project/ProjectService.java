package org.hillmix.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;

/**
 * The workbench's current HILLmix project. Changes are announced through the OSGi Event Admin under
 * {@link #TOPIC_CHANGED}, with the {@link OpenProject} as event data (property {@code
 * org.eclipse.e4.data}).
 */
public interface ProjectService {

    /** Topic of the event sent when the current project was opened, changed or closed. */
    String TOPIC_CHANGED = "org/hillmix/ui/project/changed";

    /** The current project, if one is open. */
    Optional<OpenProject> current();

    /**
     * Reads the project in {@code folder} and makes it current.
     *
     * @throws IOException when the folder holds no readable descriptor (the message says why)
     */
    OpenProject open(Path folder) throws IOException;

    /**
     * Writes {@code descriptor} into the current project's folder (atomically) and makes it current.
     *
     * @throws IOException when it cannot be written (the file on disk is then unchanged)
     * @throws IllegalStateException when no project is open
     */
    OpenProject update(HillmixProject descriptor) throws IOException;

    /** Creates a project in {@code folder} with {@code descriptor} and makes it current. */
    OpenProject create(Path folder, HillmixProject descriptor) throws IOException;
}
