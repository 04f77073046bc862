package org.hillmix.ui.eval.internal.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Gives the workbench a client of its evaluation server: the one at the configured address, or
 * by default the local server, started on first use as a child process and stopped when the
 * workbench (this component) stops. The local server may read the project folders it was asked
 * for; a project not yet allowed restarts it with that folder added.
 */
@Component(service = EvaluationServers.class)
public final class EvaluationServers {

    private LocalServerProcess local; // guarded by this
    private final Set<Path> allowed = new LinkedHashSet<>(); // guarded by this

    /**
     * A client for evaluating the project in {@code projectFolder}.
     *
     * @throws IOException when the local server cannot be started (the message says which preference to set)
     */
    public synchronized EvaluationClient clientFor(Path projectFolder) throws IOException {
        String url = EvalPreferences.get(EvalPreferences.SERVER_URL, EvalPreferences.DEFAULT_SERVER_URL).trim();
        if (!url.isEmpty()) {
            return new EvaluationClient(URI.create(url),
                    EvalPreferences.get(EvalPreferences.SERVER_TOKEN, EvalPreferences.DEFAULT_SERVER_TOKEN));
        }
        Path folder = projectFolder.toAbsolutePath().normalize();
        if (local == null || !local.isAlive() || !allowed.contains(folder)) {
            stopLocal();
            allowed.add(folder);
            String java = EvalPreferences.get(EvalPreferences.JAVA, EvalPreferences.DEFAULT_JAVA).trim();
            Path jar = LocalServerProcess.findJar(EvalPreferences.get(EvalPreferences.SERVER_JAR,
                    EvalPreferences.DEFAULT_SERVER_JAR)).orElse(null);
            local = LocalServerProcess.start(java.isEmpty() ? LocalServerProcess.currentJava() : Path.of(java), jar,
                    stateLocation().resolve("local-server"), List.copyOf(allowed), 120);
        }
        return new EvaluationClient(local.uri(), null);
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
