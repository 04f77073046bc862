package org.hillmix.server.datasets;

import java.util.List;

/** A data set upload or import that cannot be accepted; the message says what is wrong and where. */
public final class DatasetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem it is (the HTTP layer maps each to a status). */
    public enum Kind {
        /** Not a readable zip or tar archive, or no usable image-folder layout inside. */
        INVALID_ARCHIVE,
        /** An entry would escape the target folder, is a link or device, or is otherwise unsafe. */
        UNSAFE_ARCHIVE,
        /** Extraction limits (total bytes, entry count, compression ratio) exceeded. */
        TOO_LARGE,
        /** Some images cannot be decoded; {@link #files()} names them. */
        CORRUPT_IMAGES,
        /** A data set with this id exists already. */
        CONFLICT
    }

    private final Kind kind;
    private final transient List<String> files;

    /** A problem of {@code kind}. */
    public DatasetException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    /** A problem of {@code kind} concerning {@code files}. */
    public DatasetException(Kind kind, String message, List<String> files) {
        super(message);
        this.kind = kind;
        this.files = List.copyOf(files);
    }

    /** The kind of problem. */
    public Kind kind() {
        return kind;
    }

    /** The files concerned (relative paths inside the archive), possibly empty. */
    public List<String> files() {
        return files;
    }
}
