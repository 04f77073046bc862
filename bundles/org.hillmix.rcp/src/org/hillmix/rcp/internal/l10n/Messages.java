package org.hillmix.rcp.internal.l10n;

import org.eclipse.osgi.util.NLS;

/** User-visible strings; the values live in {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.hillmix.rcp.internal.l10n.messages";

    public static String Window_title;
    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_openPerspective;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Menu_new;
    public static String Menu_openProject;
    public static String Window_projectTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
