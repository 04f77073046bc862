package org.hillmix.server.labelsets;

/** A label-set upload, lookup or removal that cannot be done; the message says what is wrong and where. */
public final class LabelSetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem it is (the HTTP layer maps each to a status). */
    public enum Kind {
        /** The format cannot be told from the content, or {@code ?format=} names no format. */
        UNKNOWN_FORMAT,
        /** The content is not a valid file of its format; the message names the line (or offset). */
        INVALID,
        /** The same bytes are stored already under another format. */
        CONFLICT,
        /** A queued or running job needs the label set. */
        IN_USE,
        /** The store holds as many label sets as it may. */
        FULL
    }

    private final Kind kind;

    /** A problem of {@code kind}. */
    public LabelSetException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** The kind of problem. */
    public Kind kind() {
        return kind;
    }
}
