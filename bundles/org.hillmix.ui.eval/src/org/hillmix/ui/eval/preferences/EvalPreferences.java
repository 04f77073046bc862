package org.hillmix.ui.eval.preferences;

import org.eclipse.core.runtime.Platform;

/**
 * Preference keys of the evaluation-server connection (node {@value #NODE}), with their defaults.
 * {@link #MODE} chooses where evaluations run: on the local server ({@code java -jar <hillmix.jar> serve} on
 * loopback as a child process of the workbench, reading the project folder in place) or on the remote server at
 * {@link #SERVER_URL}, to which the project's data set and journals are uploaded. The remote server's API token is
 * not a preference: it lives in Eclipse secure storage.
 */
public final class EvalPreferences {

    /** Preference node (the bundle's symbolic name). */
    public static final String NODE = "org.hillmix.ui.eval";

    /** Where evaluations run: {@link #MODE_LOCAL} or {@link #MODE_REMOTE}. */
    public static final String MODE = "server.mode";
    /** {@link #MODE}: the local server, started by the workbench. */
    public static final String MODE_LOCAL = "local";
    /** {@link #MODE}: the server at {@link #SERVER_URL}. */
    public static final String MODE_REMOTE = "remote";
    /** Default of {@link #MODE}: the local server. */
    public static final String DEFAULT_MODE = MODE_LOCAL;

    /** Address of the remote evaluation server, e.g. {@code https://gpu-box:8443}. */
    public static final String SERVER_URL = "server.url";
    /** Default of {@link #SERVER_URL}: none. */
    public static final String DEFAULT_SERVER_URL = "";

    /**
     * A PEM file with the certificate(s) to trust for the remote server's TLS (a lab server's self-signed
     * certificate); empty to trust the Java runtime's certificate authorities.
     */
    public static final String CERTIFICATE = "server.certificate";
    /** Default of {@link #CERTIFICATE}: the Java runtime's authorities. */
    public static final String DEFAULT_CERTIFICATE = "";

    /**
     * Where older workbenches kept the API token, in plain text. No longer written: the token lives in Eclipse
     * secure storage, and a value found here is moved there and deleted (see the evaluation preference page).
     */
    public static final String SERVER_TOKEN = "server.token";

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
