package org.hillmix.core.remote;

import java.io.IOException;

/** The server speaks another API version than this client; the message names both. */
public final class IncompatibleServerException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String serverApiVersion;

    /** A refusal with {@code message}; the server's API version is not known. */
    public IncompatibleServerException(String message) {
        this(message, null);
    }

    /**
     * A refusal with {@code message}.
     *
     * @param serverApiVersion the API version the server speaks, or null when it does not say
     */
    public IncompatibleServerException(String message, String serverApiVersion) {
        super(message);
        this.serverApiVersion = serverApiVersion;
    }

    /** The API version the server speaks, or null when it does not say (an older server). */
    public String serverApiVersion() {
        return serverApiVersion;
    }

    /** The API version this client speaks: {@link EvaluationClient#API_VERSION}. */
    public String clientApiVersion() {
        return EvaluationClient.API_VERSION;
    }
}
