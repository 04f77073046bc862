package org.hillmix.server.train;

/** JVM-wide DJL settings that must be in place before the engine loads. */
final class DjlSetup {

    /** DJL's switch that forbids downloading engines or models. */
    static final String OFFLINE_PROPERTY = "ai.djl.offline";

    private DjlSetup() {
    }

    /**
     * Sets {@code ai.djl.offline=true} unless the caller chose a value: the PyTorch native library
     * ships in the pytorch-native-cpu jar and nothing may be fetched at run time.
     */
    static void ensureOffline() {
        if (System.getProperty(OFFLINE_PROPERTY) == null) {
            System.setProperty(OFFLINE_PROPERTY, "true");
        }
    }
}
