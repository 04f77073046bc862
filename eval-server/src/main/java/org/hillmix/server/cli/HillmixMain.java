package org.hillmix.server.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Headless entry point of {@code hillmix.jar}: {@code java -jar hillmix.jar <command> --help}.
 *
 * <p>Exit codes: 0 success, 2 bad input (one-line reason on stderr), 1 unexpected failure.
 */
@Command(name = "hillmix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "HILLmix: human soft labels for mixup data, and what they do to models.",
        subcommands = {
            CommandLine.HelpCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            EvaluateCommand.class,
            FollowCommand.class,
            LabelsCommand.class,
            MetricsCommand.class,
            MixingSummaryCommand.class,
            PairsCommand.class,
            ServeCommand.class,
            ShiftCommand.class,
            ShiftsCommand.class,
            StimuliCommand.class,
            SubmitCommand.class,
            TokenCommand.class,
        })
public final class HillmixMain implements Runnable {

    /** Exit code for bad input: wrong arguments, unreadable or invalid files. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the configured command line; tests call this to run commands in process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HillmixMain());
        cl.setExecutionExceptionHandler(new BadInputHandler());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("hillmix: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
                    + " --help')");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
