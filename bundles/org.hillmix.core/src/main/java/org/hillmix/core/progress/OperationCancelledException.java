package org.hillmix.core.progress;

/** Thrown by an operation that stopped because its {@link ProgressMonitor} was cancelled. */
public class OperationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the standard message. */
    public OperationCancelledException() {
        super("Operation cancelled");
    }
}
