package org.hillmix.installcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * Services component, so its presence proves Felix SCR activated it) and calls it. Writes one line
 * per check to the report file given as first argument and exits 0 only when every check passed.
 *
 * <p>Arguments: {@code <report file> <bundle symbolic name>...}
 */
public final class InstallCheckApplication implements IApplication {

    private static final String SESSION_SERVICE = "org.hillmix.ui.session.AnnotationSessionService";
    private static final long SERVICE_TIMEOUT_MS = 30_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 2) {
            throw new IllegalArgumentException("usage: -application org.hillmix.installcheck.check <report file>"
                    + " <bundle symbolic name>...");
        }
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<String> report = new ArrayList<>();
        boolean ok = true;
        for (int i = 1; i < args.length; i++) {
            ok &= checkBundle(bc, args[i], report);
        }
        ok &= checkSessionService(bc, report);
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
