package org.hillmix.installcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts every expected HILLmix bundle, then waits for the annotation session service (a Declarative
 * Services component, so its presence proves Felix SCR activated it) and calls it. Then reads the
 * extension registry (no display needed): every view that a bundle of namespace {@code org.hillmix.*}
 * contributes to {@code org.eclipse.ui.views} is listed, and each view id named with {@code --view}
 * must be among them. Writes one line per check to the report file given as first argument and exits
 * 0 only when every check passed.
 *
 * <p>Arguments: {@code <report file> <bundle symbolic name>... [--view <view id>]...}
 */
public final class InstallCheckApplication implements IApplication {

    private static final String SESSION_SERVICE = "org.hillmix.ui.session.AnnotationSessionService";
    private static final long SERVICE_TIMEOUT_MS = 30_000;
    private static final String VIEWS_EXTENSION_POINT = "org.eclipse.ui.views";
    private static final String HILLMIX_NAMESPACE_PREFIX = "org.hillmix.";
    private static final String VIEW_OPTION = "--view";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 2) {
            throw new IllegalArgumentException("usage: -application org.hillmix.installcheck.check <report file>"
                    + " <bundle symbolic name>... [--view <view id>]...");
        }
        List<String> bundles = new ArrayList<>();
        List<String> views = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (VIEW_OPTION.equals(args[i])) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(VIEW_OPTION + " needs a view id after it,"
                            + " e.g. --view org.hillmix.ui.views.categorical");
                }
                views.add(args[++i]);
            } else {
                bundles.add(args[i]);
            }
        }
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<String> report = new ArrayList<>();
        boolean ok = true;
        for (String bundle : bundles) {
            ok &= checkBundle(bc, bundle, report);
        }
        ok &= checkSessionService(bc, report);
        ok &= checkViews(Platform.getExtensionRegistry(), views, report);
        report.add(ok ? "RESULT PASS" : "RESULT FAIL");
        write(Path.of(args[0]), report);
        report.forEach(System.out::println);
        return ok ? EXIT_OK : Integer.valueOf(1);
    }

    private static boolean checkBundle(BundleContext bc, String symbolicName, List<String> report) {
        Bundle found = null;
        for (Bundle b : bc.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                found = b;
            }
        }
        if (found == null) {
            report.add("BUNDLE " + symbolicName + " MISSING");
            return false;
        }
        String problem = "";
        try {
            found.start();
        } catch (BundleException e) {
            problem = " (" + e.getMessage() + ")";
        }
        String state = stateName(found.getState());
        report.add("BUNDLE " + symbolicName + " " + found.getVersion() + " " + state + problem);
        return found.getState() == Bundle.ACTIVE;
    }

    private static boolean checkSessionService(BundleContext bc, List<String> report) throws Exception {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(bc,
                bc.createFilter("(objectClass=" + SESSION_SERVICE + ")"), null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(SERVICE_TIMEOUT_MS);
            ServiceReference<Object> ref = tracker.getServiceReference();
            if (service == null || ref == null) {
                report.add("SERVICE " + SESSION_SERVICE + " MISSING");
                return false;
            }
            // Calling it proves the component was activated with its Event Admin reference.
            Object current = service.getClass().getMethod("current").invoke(service);
            report.add("SERVICE " + SESSION_SERVICE + " from " + ref.getBundle().getSymbolicName() + " component "
                    + ref.getProperty("component.name") + " current()=" + current);
            return true;
        } finally {
            tracker.close();
        }
    }

    /**
     * Lists the HILLmix views in the extension registry and requires the given ones. The registry holds the
     * contributions of every resolved bundle, so this needs neither a display nor a running workbench.
     */
    private static boolean checkViews(IExtensionRegistry registry, List<String> required, List<String> report) {
        if (registry == null) {
            report.add("VIEWS no extension registry");
            return false;
        }
        if (registry.getExtensionPoint(VIEWS_EXTENSION_POINT) == null) {
            report.add("VIEWS extension point " + VIEWS_EXTENSION_POINT + " MISSING (org.eclipse.ui not installed?)");
            return false;
        }
        Map<String, String> found = new TreeMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(VIEWS_EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            boolean isView = "view".equals(element.getName()) || "e4view".equals(element.getName());
            if (isView && contributor.startsWith(HILLMIX_NAMESPACE_PREFIX) && element.getAttribute("id") != null) {
                found.put(element.getAttribute("id"), contributor + " " + element.getName());
            }
        }
        found.forEach((id, from) -> report.add("VIEW " + id + " REGISTERED by " + from));
        boolean ok = true;
        for (String id : required) {
            if (!found.containsKey(id)) {
                report.add("VIEW " + id + " MISSING");
                ok = false;
            }
        }
        report.add("VIEWS " + found.size() + " HILLmix views registered, " + required.size() + " required");
        return ok;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "STATE-" + state;
        };
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines);
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
