package org.hillmix.server.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.hillmix.core.progress.OperationCancelledException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from commands into the documented exit codes: bad input (invalid arguments,
 * files that cannot be read or parsed) gives exit code 2 and one line on stderr; anything else
 * is a bug and prints its stack trace with exit code 1.
 */
final class BadInputHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (isBadInput(ex)) {
            cmd.getErr().println("hillmix " + cmd.getCommandName() + ": " + describe(ex));
            return HillmixMain.EXIT_BAD_INPUT;
        }
        if (ex instanceof OperationCancelledException) {
            cmd.getErr().println("hillmix " + cmd.getCommandName() + ": cancelled");
            return 130;
        }
        ex.printStackTrace(cmd.getErr());
        return 1;
    }

    private static boolean isBadInput(Throwable ex) {
        return ex instanceof IllegalArgumentException
                || ex instanceof java.io.IOException
                || ex instanceof UncheckedIOException;
    }

    private static String describe(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (t instanceof NoSuchFileException nsf) {
            return "file not found: " + nsf.getFile();
        }
        // the JDK's file-system exceptions often carry only the path as their message
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof FileAlreadyExistsException e) {
            return e.getFile() + " already exists" + (e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")");
        }
        if (t instanceof NotDirectoryException e) {
            return e.getFile() + " is not a folder";
        }
        if (t instanceof FileSystemException e && e.getFile() != null) {
            return e.getFile() + ": " + (e.getReason() == null ? t.getClass().getSimpleName() : e.getReason());
        }
        String msg = t.getMessage();
        return (msg == null ? t.getClass().getSimpleName() : msg).replace('\n', ' ');
    }
}
