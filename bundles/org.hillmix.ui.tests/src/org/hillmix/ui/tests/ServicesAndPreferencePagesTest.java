package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hillmix.ui.eval.internal.server.EvalPreferencePage;
import org.hillmix.ui.eval.internal.server.EvaluationServers;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.hillmix.ui.internal.preferences.ViewPreferencePage;
import org.hillmix.ui.preferences.InstancePreferencePage;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.project.ProjectService;
import org.hillmix.ui.services.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The one service lookup finds the DS components of both workbench bundles (and names what is
 * missing), and both preference pages edit their own bundle's instance-scope node.
 */
class ServicesAndPreferencePagesTest {

    /** A type no one registers. */
    interface NotRegistered {
    }

    @Test
    void servicesFindsTheComponentsOfBothBundles() throws InterruptedException {
        assertSame(registered(ProjectService.class), Services.projects());
        assertSame(registered(EvaluationServers.class), Services.get(EvaluationServers.class));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Services.get(NotRegistered.class));
        assertTrue(e.getMessage().startsWith("NotRegistered is not available"), e.getMessage());
    }

    @Test
    void eachPreferencePageStoresInItsOwnNode() throws Exception {
        String url = "http://127.0.0.1:9/" + System.nanoTime();
        IEclipsePreferences eval = InstanceScope.INSTANCE.getNode(EvalPreferences.NODE);
        IEclipsePreferences views = InstanceScope.INSTANCE.getNode(PreferenceConstants.NODE);
        int idle = views.getInt(PreferenceConstants.IDLE_PAUSE_SECONDS, PreferenceConstants.DEFAULT_IDLE_PAUSE_SECONDS);
        try {
            storeThroughPage(new EvalPreferencePage(), EvalPreferences.SERVER_URL, url);
            assertEquals(url, eval.get(EvalPreferences.SERVER_URL, null));
            assertEquals(null, views.get(EvalPreferences.SERVER_URL, null), "written into the views' node too");

            storeThroughPage(new ViewPreferencePage(), PreferenceConstants.IDLE_PAUSE_SECONDS, Integer.toString(idle + 7));
            assertEquals(idle + 7, views.getInt(PreferenceConstants.IDLE_PAUSE_SECONDS, -1));
            assertEquals(null, eval.get(PreferenceConstants.IDLE_PAUSE_SECONDS, null), "written into the eval node too");
        } finally {
            eval.remove(EvalPreferences.SERVER_URL);
            views.putInt(PreferenceConstants.IDLE_PAUSE_SECONDS, idle);
        }
    }

    /**
     * Sets {@code key} through {@code page}'s store, builds its field editors in a shell (they load
     * the value) and presses OK (they store it back and the store is saved).
     */
    private static void storeThroughPage(InstancePreferencePage page, String key, String value) {
        Shell shell = new Shell(Display.getCurrent(), SWT.NONE);
        try {
            page.init(null);
            page.getPreferenceStore().setValue(key, value);
            page.createControl(shell);
            assertNotNull(page.getDescription());
            assertTrue(page.performOk());
        } finally {
            page.dispose();
            shell.dispose();
        }
    }

    private static <T> T registered(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ServicesAndPreferencePagesTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(UiTestSupport.TIMEOUT.toMillis());
            assertNotNull(service, type.getSimpleName() + " is not registered");
            return service;
        } finally {
            tracker.close();
        }
    }
}
