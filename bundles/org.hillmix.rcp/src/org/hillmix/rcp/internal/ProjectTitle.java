package org.hillmix.rcp.internal;

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.hillmix.rcp.internal.l10n.Messages;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Names the current HILLmix project in the window title ("HILLmix Workbench — Pilot (/home/lead/pilot)"). Listens
 * to the project service's change event by its topic and string properties, so that this bundle needs neither
 * the core nor {@code org.hillmix.ui}.
 */
public final class ProjectTitle implements EventHandler {

    /** Topic of the project service's change event ({@code org.hillmix.ui.project.ProjectService}). */
    public static final String TOPIC_CHANGED = "org/hillmix/ui/project/changed";
    /** Event property: the project's name. */
    static final String PROPERTY_NAME = "org.hillmix.project.name";
    /** Event property: the project's folder. */
    static final String PROPERTY_FOLDER = "org.hillmix.project.folder";

    private final String base;
    private final Consumer<String> setTitle;

    /**
     * A title keeper.
     *
     * @param base the title without a project (the product's)
     * @param setTitle sets the window title; called on the thread the event arrives on (the UI thread when
     *     subscribed through the workbench's event broker)
     */
    public ProjectTitle(String base, Consumer<String> setTitle) {
        this.base = base;
        this.setTitle = setTitle;
    }

    @Override
    public void handleEvent(Event event) {
        Object name = event.getProperty(PROPERTY_NAME);
        Object folder = event.getProperty(PROPERTY_FOLDER);
        setTitle.accept(name == null ? base : title(base, name.toString(), String.valueOf(folder)));
    }

    /** The title naming project {@code name} in {@code folder}. */
    public static String title(String base, String name, String folder) {
        return NLS.bind(Messages.Window_projectTitle, new Object[] {base, name, folder});
    }
}
