package org.hillmix.ui.eval.preferences;

import org.eclipse.core.runtime.Platform;

/**
 * Preference keys of the evaluation-server connection (node {@value #NODE}), with their defaults.
 * An empty server URL means "start the local server": {@code java -jar <hillmix.jar> serve} on
 * loopback as a child process of the workbench.
 */
public final class EvalPreferences {

    /** Preference node (the bundle's symbolic name). */
    public static final String NODE = "org.hillmix.ui.eval";

    /** Address of a running evaluation server, e.g. {@code http://gpu-box:8080}; empty for the local one. */
    public static final String SERVER_URL = "server.url";
    /** Default of {@link #SERVER_URL}: empty, the local server. */
    public static final String DEFAULT_SERVER_URL = "";

    /**
     * API token for a remote server (servers on loopback need none). Kept in the workspace
     * preferences in plain text; use a token made for this workbench and revoke it when done.
     */
    public static final String SERVER_TOKEN = "server.token";
    /** Default of {@link #SERVER_TOKEN}. */
    public static final String DEFAULT_SERVER_TOKEN = "";

    /**
     * Path of {@code hillmix.jar} for the local server; empty to look at system property
     * {@code hillmix.server.jar}, then {@code server/hillmix.jar} beside the installation.
     */
    public static final String SERVER_JAR = "server.jar";
    /** Default of {@link #SERVER_JAR}. */
    public static final String DEFAULT_SERVER_JAR = "";

    /** Java executable for the local server; empty for the one running the workbench. */
    public static final String JAVA = "server.java";
    /** Default of {@link #JAVA}. */
    public static final String DEFAULT_JAVA = "";

    /** Training epochs per run of the workbench's evaluations. */
    public static final String EPOCHS = "eval.epochs";
    /** Default of {@link #EPOCHS}. */
    public static final int DEFAULT_EPOCHS = 10;

    /** Training seeds per regime (runs per regime). */
    public static final String SEEDS = "eval.seeds";
    /** Default of {@link #SEEDS}. */
    public static final int DEFAULT_SEEDS = 3;

    private EvalPreferences() {
    }

    /** The current string value of {@code key}. */
    public static String get(String key, String defaultValue) {
        return Platform.getPreferencesService().getString(NODE, key, defaultValue, null);
    }

    /** The current int value of {@code key}. */
    public static int getInt(String key, int defaultValue) {
        return Platform.getPreferencesService().getInt(NODE, key, defaultValue, null);
    }
}
