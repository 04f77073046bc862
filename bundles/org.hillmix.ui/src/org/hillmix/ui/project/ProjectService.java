package org.hillmix.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;

/**
 * The workbench's current HILLmix project. Changes are announced through the OSGi Event Admin under
 * {@link #TOPIC_CHANGED}, with the {@link OpenProject} as event data (property {@code
 * org.eclipse.e4.data}) and, for bundles without the core, its name and folder as strings
 * ({@link #PROPERTY_NAME}, {@link #PROPERTY_FOLDER}). The folder of the last project opened or created
 * is remembered (preference {@code org.hillmix.ui/project.last}) and {@link #reopenLast()} opens it
 * again at the next start. What a step produced is announced under {@link #TOPIC_NOTICE}.
 */
public interface ProjectService {

    /** Topic of the event sent when the current project was opened, changed or closed. */
    String TOPIC_CHANGED = "org/hillmix/ui/project/changed";

    /** Topic of the event sent by {@link #announce(String)}; the notice is the event data. */
    String TOPIC_NOTICE = "org/hillmix/ui/project/notice";

    /** Event property of {@link #TOPIC_CHANGED}: the project's name (a string). */
    String PROPERTY_NAME = "org.hillmix.project.name";

    /** Event property of {@link #TOPIC_CHANGED}: the project's folder (a string, absolute). */
    String PROPERTY_FOLDER = "org.hillmix.project.folder";

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

    /** The folder of the project last opened or created (in this or an earlier run), if any. */
    Optional<Path> lastFolder();

    /**
     * Opens the remembered project again (at start); nothing when none is remembered or its folder no longer
     * holds a readable descriptor.
     */
    Optional<OpenProject> reopenLast();

    /**
     * Tells the user what a step produced ("Planned 18 batches for 2 annotators"): kept as {@link #lastNotice()}
     * and sent under {@link #TOPIC_NOTICE}.
     */
    void announce(String notice);

    /** The last notice {@link #announce announced}, if any. */
    Optional<String> lastNotice();
}
