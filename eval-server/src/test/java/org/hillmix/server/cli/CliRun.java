package org.hillmix.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of {@code hillmix <command>} through the command line {@link HillmixMain#main} builds for
 * the same arguments ({@link HillmixMain#commandLineFor}), so that command tests see the real exit-code mapping
 * and capture what the command printed.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exit, String out, String err) {

    /** Runs {@code hillmix} with {@code args} and captures its exit code and output. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HillmixMain.commandLineFor(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
