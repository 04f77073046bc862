package org.hillmix.ui.eval.internal.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Gives the workbench a client of its evaluation server: the remote one at the configured address, or
 * by default the local server, started on first use as a child process and stopped when the
 * workbench (this component) stops. The local server may read the project folders and data set
 * folders it was asked for; a project not yet allowed restarts it with its folders added.
 */
@Component(service = EvaluationServers.class)
public final class EvaluationServers {

    private LocalServerProcess local; // guarded by this
    private final Set<Path> allowed = new LinkedHashSet<>(); // guarded by this

    /**
     * Whether evaluations run on the remote server ({@link ServerSettings#remote()}), after bringing older settings
     * up to date ({@link ServerSettings#migrate()}).
     *
     * @throws IOException when a plain-text token cannot be moved into secure storage
     */
    public boolean remote() throws IOException {
        ServerSettings.migrate();
        return ServerSettings.remote();
    }

    /**
     * A client for evaluating {@code project}: the remote server's ({@link ServerSettings#remoteClient()}) when the
     * preferences say so, else the local server's. The local server is (re)started allowed to read
     * {@link #readableFolders the project's folders}, the data set's included wherever it lies.
     *
     * @throws IOException when the local server cannot be started (the message says which preference to set)
     */
    public synchronized EvaluationClient clientFor(OpenProject project) throws IOException {
        if (remote()) {
            return ServerSettings.remoteClient();
        }
        List<Path> needed = readableFolders(project);
        if (local == null || !local.isAlive() || !allowed.containsAll(needed)) {
            stopLocal();
            allowed.addAll(needed);
            String java = EvalPreferences.get(EvalPreferences.JAVA, EvalPreferences.DEFAULT_JAVA).trim();
            Path jar = LocalServerProcess.findJar(EvalPreferences.get(EvalPreferences.SERVER_JAR,
                    EvalPreferences.DEFAULT_SERVER_JAR)).orElse(null);
            local = LocalServerProcess.start(java.isEmpty() ? LocalServerProcess.currentJava() : Path.of(java), jar,
                    stateLocation().resolve("local-server"), List.copyOf(allowed), 120);
        }
        return new EvaluationClient(local.uri(), null);
    }

    /**
     * The folders a job of {@code project} reads: the project folder (journals, stimuli) and, when the data set
     * lies outside it (the New Project wizard allows that and stores the absolute path), the data set's folder:
     * the image folder itself, or the folder holding a data file (a CIFAR-10 batch, an IDX file with its label
     * file beside it, an index CSV).
     */
    public static List<Path> readableFolders(OpenProject project) {
        Path folder = project.folder().toAbsolutePath().normalize();
        DatasetLocation location = project.descriptor().dataset();
        Path data = location.resolve(folder).toAbsolutePath().normalize();
        Path dataFolder = location.kind() == DatasetKind.IMAGE_FOLDER || Files.isDirectory(data) ? data
                : data.getParent();
        return dataFolder == null || dataFolder.startsWith(folder) ? List.of(folder) : List.of(folder, dataFolder);
    }

    /** The local server's address, if it runs. */
    public synchronized URI localUri() {
        return local != null && local.isAlive() ? local.uri() : null;
    }

    private static Path stateLocation() {
        return Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(EvaluationServers.class)).toOSString());
    }

    private void stopLocal() {
        if (local != null) {
            local.close();
            local = null;
        }
    }

    /** Stops the local server with the workbench. */
    @Deactivate
    synchronized void deactivate() {
        stopLocal();
    }
}
