package org.hillmix.core.remote;

import java.io.IOException;

/**
 * The evaluation server refused a request; the message carries the server's problem title and
 * detail (RFC 9457 problem documents) and the HTTP status.
 */
public final class EvaluationServerException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** A refusal with HTTP {@code status} and a message saying what and why. */
    public EvaluationServerException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
