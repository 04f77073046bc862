package org.hillmix.ui.internal.project;

import org.hillmix.ui.project.ProjectService;
import org.hillmix.ui.session.AnnotationSessionService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Looks up the bundle's OSGi services for 3.x-style code (handlers, wizards) that has no injection. */
public final class Services {

    private Services() {
    }

    /** The project service. */
    public static ProjectService projects() {
        return get(ProjectService.class);
    }

    /** The annotation session service. */
    public static AnnotationSessionService sessions() {
        return get(AnnotationSessionService.class);
    }

    private static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> ref = context == null ? null : context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not available: is the bundle"
                    + " org.apache.felix.scr (Declarative Services) installed and started?");
        }
        return service;
    }
}
