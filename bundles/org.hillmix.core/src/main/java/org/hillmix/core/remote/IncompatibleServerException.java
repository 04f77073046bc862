package org.hillmix.core.remote;

import java.io.IOException;

/** The server speaks another API version than this client; the message names both. */
public final class IncompatibleServerException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A refusal with {@code message}. */
    public IncompatibleServerException(String message) {
        super(message);
    }
}
