package org.hillmix.ui.internal.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.ProjectJson;
import org.hillmix.ui.project.ProjectService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The {@link ProjectService} component: keeps the current project and announces changes. */
@Component(service = ProjectService.class)
public final class DefaultProjectService implements ProjectService {

    private final EventAdmin eventAdmin;
    private OpenProject current; // guarded by this

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
        return set(new OpenProject(folder.toAbsolutePath().normalize(), ProjectJson.read(folder)));
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
        return set(new OpenProject(folder.toAbsolutePath().normalize(), descriptor));
    }

    private OpenProject set(OpenProject project) {
        synchronized (this) {
            current = project;
        }
        eventAdmin.postEvent(new Event(TOPIC_CHANGED, Map.of(IEventBroker.DATA, project)));
        return project;
    }
}
