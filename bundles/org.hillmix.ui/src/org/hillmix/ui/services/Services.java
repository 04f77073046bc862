package org.hillmix.ui.services;

import org.hillmix.ui.project.ProjectService;
import org.hillmix.ui.session.AnnotationSessionService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The one lookup of the HILLmix bundles' OSGi services for 3.x-style code (handlers, wizards,
 * preference pages) that has no injection. E4 views get the same services by injection instead.
 */
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

    /**
     * The registered service of {@code type}. It is looked up through the context of the bundle
     * that defines {@code type}, which sees the same class as the service's registrant.
     *
     * @throws IllegalStateException when no such service is registered (Declarative Services is
     *         not running, or the component could not be activated)
     */
    public static <T> T get(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<T> ref = context == null ? null : context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not available: is the bundle"
                    + " org.apache.felix.scr (Declarative Services) installed and started?");
        }
        return service;
    }
}
