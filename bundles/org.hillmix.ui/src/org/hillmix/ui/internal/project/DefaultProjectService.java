package org.hillmix.ui.internal.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.ProjectJson;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.project.ProjectService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.prefs.BackingStoreException;

/** The {@link ProjectService} component: keeps the current project, remembers it and announces changes. */
@Component(service = ProjectService.class)
public final class DefaultProjectService implements ProjectService {

    private final EventAdmin eventAdmin;
    private OpenProject current; // guarded by this
    private String notice; // guarded by this

    /** Created by SCR once an Event Admin is available. */
    @Activate
    public DefaultProjectService(@Reference(name = "eventAdmin") EventAdmin eventAdmin) {
        this.eventAdmin = Objects.requireNonNull(eventAdmin, "eventAdmin");
    }

    @Override
    public synchronized Optional<OpenProject> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public OpenProject open(Path folder) throws IOException {
        return remember(set(new OpenProject(folder.toAbsolutePath().normalize(), ProjectJson.read(folder))));
    }

    @Override
    public OpenProject update(HillmixProject descriptor) throws IOException {
        OpenProject now = current().orElseThrow(() -> new IllegalStateException("no HILLmix project is open"));
        ProjectJson.write(now.folder(), descriptor);
        return set(new OpenProject(now.folder(), descriptor));
    }

    @Override
    public OpenProject create(Path folder, HillmixProject descriptor) throws IOException {
        if (Files.exists(folder.resolve(HillmixProject.DESCRIPTOR))) {
            throw new IOException(folder + " already holds a HILLmix project; open it or choose another folder");
        }
        for (String sub : new String[] {HillmixProject.STIMULI, HillmixProject.JOURNALS, HillmixProject.REPORTS}) {
            Files.createDirectories(folder.resolve(sub));
        }
        ProjectJson.write(folder, descriptor);
        return remember(set(new OpenProject(folder.toAbsolutePath().normalize(), descriptor)));
    }

    @Override
    public Optional<Path> lastFolder() {
        String stored = preferences().get(PreferenceConstants.LAST_PROJECT, "");
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(stored));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<OpenProject> reopenLast() {
        Optional<Path> folder = lastFolder().filter(f -> Files.isRegularFile(f.resolve(HillmixProject.DESCRIPTOR)));
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(open(folder.get()));
        } catch (IOException | RuntimeException e) {
            // a damaged descriptor must not stop the workbench from starting; the log says why
            ILog.of(DefaultProjectService.class).warn("The last HILLmix project " + folder.get()
                    + " could not be opened again: " + e.getMessage(), e);
            return Optional.empty();
        }
    }

    @Override
    public void announce(String text) {
        synchronized (this) {
            notice = Objects.requireNonNull(text, "notice");
        }
        eventAdmin.postEvent(new Event(TOPIC_NOTICE, Map.of(IEventBroker.DATA, text)));
    }

    @Override
    public synchronized Optional<String> lastNotice() {
        return Optional.ofNullable(notice);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(PreferenceConstants.NODE);
    }

    private static OpenProject remember(OpenProject project) {
        IEclipsePreferences node = preferences();
        node.put(PreferenceConstants.LAST_PROJECT, project.folder().toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the project is open all the same; only the next start will not find it
            ILog.of(DefaultProjectService.class).warn("Cannot remember the HILLmix project " + project.folder(), e);
        }
        return project;
    }

    private OpenProject set(OpenProject project) {
        synchronized (this) {
            if (current == null || !current.folder().equals(project.folder())) {
                notice = null; // it said what happened to the other project
            }
            current = project;
        }
        eventAdmin.postEvent(new Event(TOPIC_CHANGED, Map.of(IEventBroker.DATA, project,
                PROPERTY_NAME, project.descriptor().name(), PROPERTY_FOLDER, project.folder().toString())));
        return project;
    }
}
